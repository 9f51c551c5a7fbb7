package vn.vnpt.bacgiang.cskh.base;

import java.util.Arrays;
import java.util.function.IntSupplier;

/** The benchmarks' clock: a call's median wall-clock time after warm-up runs, so one slow run does not count. */
public final class BenchmarkTimer {

    private BenchmarkTimer() {
    }

    /** Median milliseconds of {@code measured} runs of the call, after {@code warmUp} runs not counted. */
    public static double median(IntSupplier call, int warmUp, int measured) {
        for (int run = 0; run < warmUp; run++) {
            call.getAsInt();
        }
        double[] millis = new double[measured];
        for (int run = 0; run < measured; run++) {
            long started = System.nanoTime();
            call.getAsInt();
            millis[run] = (System.nanoTime() - started) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }
}
