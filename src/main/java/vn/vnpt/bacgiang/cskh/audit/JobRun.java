package vn.vnpt.bacgiang.cskh.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A scheduled job as the Admin sees it: its key ({@code ProgressSnapshot.refreshLive}), its cron expression,
 * when it runs next, and its last run as recorded ({@code lastStarted} null: not run since the record began).
 */
public record JobRun(String key, String cron, @Nullable Instant next, @Nullable Instant lastStarted,
                     @Nullable Instant lastFinished, @Nullable Long lastMillis, @Nullable String lastFailure,
                     long runs, long failures) {

    /** Started and not finished since. */
    public boolean running() {
        return lastStarted != null && (lastFinished == null || lastFinished.isBefore(lastStarted));
    }

    /** The last finished run failed. */
    public boolean failed() {
        return lastFailure != null;
    }

    /**
     * The job's key from its task: Spring names a scheduled method's task by the method's class and name,
     * which is all the key keeps ({@code LoginThrottle.purge}).
     */
    static String keyOf(Runnable task) {
        String name = task.toString();
        int cut = name.indexOf("$$");
        if (cut > 0) {
            name = name.substring(0, cut) + name.substring(name.lastIndexOf('.'));
        }
        int method = name.lastIndexOf('.');
        int type = method < 0 ? -1 : name.lastIndexOf('.', method - 1);
        return name.substring(type + 1);
    }
}
