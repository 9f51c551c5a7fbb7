package vn.vnpt.bacgiang.cskh.customer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import vn.vnpt.bacgiang.cskh.customer.ImportFailed;
import vn.vnpt.bacgiang.cskh.base.ui.LaterAccess;
import vn.vnpt.bacgiang.cskh.base.ui.Polling;
import vn.vnpt.bacgiang.cskh.customer.ImportProgress;

/**
 * Runs the long steps of an import off the request thread, as the signed-in user, so that the page
 * stays responsive and shows their progress. Without server push the browser polls while a step
 * runs. Every callback runs with the UI locked.
 */
final class BackgroundSteps {

    private static final int POLL_MILLIS = 500;

    private final TaskExecutor executor;
    private final ImportProgress progressed;
    private final Runnable ended;

    /** {@code ended} runs after every step, however it ended. */
    BackgroundSteps(TaskExecutor executor, ImportProgress progressed, Runnable ended) {
        this.executor = executor;
        this.progressed = progressed;
        this.ended = ended;
    }

    <T> void run(UI ui, Function<ImportProgress, T> step, Consumer<T> finished, Consumer<ImportFailed> failed) {
        Registration polling = Polling.request(ui, POLL_MILLIS);
        Runnable task = () -> {
            try {
                T result = step.apply((rows, fraction) -> LaterAccess.access(ui, () -> progressed.update(rows, fraction)));
                LaterAccess.access(ui, () -> finished.accept(result));
            } catch (ImportFailed failure) {
                LaterAccess.access(ui, () -> failed.accept(failure));
            } catch (RuntimeException e) {
                LaterAccess.access(ui, () -> ui.getSession().getErrorHandler().error(new ErrorEvent(e)));
            } finally {
                LaterAccess.access(ui, () -> {
                    polling.remove();
                    ended.run();
                });
            }
        };
        executor.execute(DelegatingSecurityContextRunnable.create(task, null));
    }
}
