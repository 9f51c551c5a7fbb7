package vn.vnpt.bacgiang.cskh.load;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * What the machine does during a run, sampled every second: the portal's and the database's CPU (from
 * {@code /proc}, in cores), the load generator's own, the connections the portal's pool has busy and the threads
 * waiting for one (Hikari's MBean, when the portal runs with {@code spring.datasource.hikari.register-mbeans=true}),
 * and, once near the end, the portal's heap after a full GC. It attaches to the portal's JVM by its pid.
 */
final class PortalMonitor {

    private static final double TICKS = 100.0;

    record Sample(double seconds, double portalCores, double databaseCores, double generatorCores, int busy,
            int waiting) {
    }

    private final long portalPid;
    private final long databasePid;
    private final List<Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private MBeanServerConnection portal;
    private JMXConnector connector;
    private ObjectName pool;
    private long heapAfterFullGc = -1;
    private long[] last;
    private long started;

    PortalMonitor(long portalPid, long databasePid) {
        this.portalPid = portalPid;
        this.databasePid = databasePid;
    }

    /** Starts sampling, and reads the heap after a full GC at the given second of the run. */
    void start(double heapAt) {
        try {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(portalPid));
            String address = vm.startLocalManagementAgent();
            vm.detach();
            connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            portal = connector.getMBeanServerConnection();
            Set<ObjectName> pools = portal.queryNames(new ObjectName("com.zaxxer.hikari:type=Pool *"), null);
            pool = pools.isEmpty() ? null : pools.iterator().next();
        } catch (Exception e) {
            throw new IllegalStateException("cannot attach to the portal's JVM " + portalPid, e);
        }
        started = System.nanoTime();
        last = ticks();
        clock.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
        clock.schedule(this::heapAfterFullGc, (long) (heapAt * 1000), TimeUnit.MILLISECONDS);
    }

    private synchronized void sample() {
        long[] now = ticks();
        double seconds = (now[3] - last[3]) / 1e9;
        int busy = -1;
        int waiting = -1;
        if (pool != null) {
            try {
                busy = (Integer) portal.getAttribute(pool, "ActiveConnections");
                waiting = (Integer) portal.getAttribute(pool, "ThreadsAwaitingConnection");
            } catch (Exception e) {
                busy = -2;
            }
        }
        samples.add(new Sample((now[3] - started) / 1e9, (now[0] - last[0]) / TICKS / seconds,
                (now[1] - last[1]) / TICKS / seconds, (now[2] - last[2]) / TICKS / seconds, busy, waiting));
        last = now;
    }

    /** The portal's heap in use right after a full GC, as {@code jcmd GC.run} and {@code GC.heap_info} give it. */
    synchronized long heapAfterFullGc() {
        try {
            portal.invoke(new ObjectName("java.lang:type=Memory"), "gc", null, null);
            MemoryUsage heap = MemoryUsage.from((CompositeData) portal.getAttribute(
                    new ObjectName("java.lang:type=Memory"), "HeapMemoryUsage"));
            heapAfterFullGc = heap.getUsed();
            return heapAfterFullGc;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the portal's heap", e);
        }
    }

    /** Stops sampling and sums up the samples taken between two moments of the run (seconds from its start). */
    synchronized String stop(double from, double to) {
        clock.shutdownNow();
        try {
            connector.close();
        } catch (IOException e) {
            // the portal may be gone already; the samples are kept
        }
        List<Sample> window = samples.stream().filter(s -> s.seconds() >= from && s.seconds() <= to).toList();
        if (window.isEmpty()) {
            return "no samples between " + from + " s and " + to + " s";
        }
        double portalCores = window.stream().mapToDouble(Sample::portalCores).average().orElse(0);
        double portalMax = window.stream().mapToDouble(Sample::portalCores).max().orElse(0);
        double database = window.stream().mapToDouble(Sample::databaseCores).average().orElse(0);
        double generator = window.stream().mapToDouble(Sample::generatorCores).average().orElse(0);
        String pooled = pool == null ? "pool: not registered (start the portal with "
                + "--spring.datasource.hikari.register-mbeans=true)" : String.format(
                "pool: busy avg %.1f max %d; threads waiting for a connection: max %d, in %.0f%% of samples",
                window.stream().mapToInt(Sample::busy).average().orElse(0),
                window.stream().mapToInt(Sample::busy).max().orElse(0),
                window.stream().mapToInt(Sample::waiting).max().orElse(0),
                100.0 * window.stream().filter(s -> s.waiting() > 0).count() / window.size());
        return String.format("CPU (cores of %d): portal avg %.2f max %.2f, database avg %.2f, load generator avg %.2f; "
                        + "%s; portal heap after full GC %s (%d samples, %.0f–%.0f s)",
                Runtime.getRuntime().availableProcessors(), portalCores, portalMax, database, generator, pooled,
                heapAfterFullGc < 0 ? "not read" : (heapAfterFullGc / (1024 * 1024)) + " MiB", window.size(), from, to);
    }

    void writeCsv(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>();
        lines.add("seconds,portal_cores,database_cores,generator_cores,pool_busy,pool_waiting");
        synchronized (this) {
            samples.forEach(s -> lines.add(String.format("%.1f,%.2f,%.2f,%.2f,%d,%d", s.seconds(), s.portalCores(),
                    s.databaseCores(), s.generatorCores(), s.busy(), s.waiting())));
        }
        Files.write(file, lines);
    }

    private long[] ticks() {
        return new long[] {cpuTicks(portalPid), cpuTicks(databasePid), cpuTicks(ProcessHandle.current().pid()),
            System.nanoTime()};
    }

    /** utime + stime of a process, in clock ticks (1/100 s on Linux). */
    private static long cpuTicks(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            return 0;
        }
    }
}
