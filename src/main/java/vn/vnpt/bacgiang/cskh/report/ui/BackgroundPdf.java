package vn.vnpt.bacgiang.cskh.report.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.LaterAccess;
import vn.vnpt.bacgiang.cskh.base.ui.Polling;
import vn.vnpt.bacgiang.cskh.report.PdfPages;
import vn.vnpt.bacgiang.cskh.report.ReportStage;

/**
 * A PDF made in the background when asked for (docs/decisions/0042): the button starts it on the task executor as
 * the signed-in user, a progress bar tells which stage it reached while the page stays usable (the browser polls
 * meanwhile), and the finished file is offered as a link with its pages and size. Each user's file is their own;
 * asking again replaces it.
 */
@StyleSheet("context://styles/reports.css")
final class BackgroundPdf extends Composite<Div> {

    private static final int POLL_MILLIS = 500;

    private final TaskExecutor executor;
    private final Function<Consumer<ReportStage>, byte[]> make;
    private final String fileName;
    private final String id;
    private final Button start;
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span stage = new Span();
    private final Div result = new Div();

    /** {@code make} runs off the UI thread: whatever it needs from the page is passed in as values. */
    BackgroundPdf(String id, String startText, TaskExecutor executor, Function<Consumer<ReportStage>, byte[]> make,
                  String fileName) {
        this.executor = executor;
        this.make = make;
        this.fileName = fileName;
        this.id = id;
        start = new Button(startText, VaadinIcon.FILE_TEXT_O.create(), click -> start());
        start.setId(id + "-make");
        start.setDisableOnClick(true);
        bar.setVisible(false);
        stage.setVisible(false);
        stage.setId(id + "-stage");
        stage.addClassName("background-pdf-stage");
        getContent().addClassName("background-pdf");
        getContent().add(start, bar, stage, result);
    }

    private void start() {
        UI ui = UI.getCurrent();
        result.removeAll();
        bar.setValue(0);
        bar.setVisible(true);
        stage.setVisible(true);
        stage.setText(getTranslation("report.background.waiting"));
        Registration polling = Polling.request(ui, POLL_MILLIS);
        Runnable task = () -> {
            try {
                byte[] pdf = make.apply(reached -> LaterAccess.access(ui, () -> {
                    bar.setValue(reached.done());
                    stage.setText(getTranslation(reached.labelKey()));
                }));
                LaterAccess.access(ui, () -> ready(pdf));
            } catch (RuntimeException e) {
                LaterAccess.access(ui, () -> ui.getSession().getErrorHandler().error(new ErrorEvent(e)));
            } finally {
                LaterAccess.access(ui, () -> {
                    polling.remove();
                    bar.setVisible(false);
                    stage.setVisible(false);
                    start.setEnabled(true);
                });
            }
        };
        executor.execute(DelegatingSecurityContextRunnable.create(task, null));
    }

    private void ready(byte[] pdf) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length)), AttachmentType.DOWNLOAD,
                getTranslation("report.background.ready", fileName, VnFormats.number(PdfPages.count(pdf)),
                        VnFormats.number(Math.max(1, pdf.length / 1024))));
        download.setId(id);
        download.addClassName("pdf-link");
        download.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        result.add(download);
        start.setText(getTranslation("report.background.again"));
    }
}
