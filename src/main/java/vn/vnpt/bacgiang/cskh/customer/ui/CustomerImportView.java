package vn.vnpt.bacgiang.cskh.customer.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.FileUploadCallback;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.task.TaskExecutor;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.base.ui.Notifications;
import vn.vnpt.bacgiang.cskh.customer.CustomerImport;
import vn.vnpt.bacgiang.cskh.customer.ImportColumn;
import vn.vnpt.bacgiang.cskh.customer.ImportFailed;
import vn.vnpt.bacgiang.cskh.customer.ImportPreview;
import vn.vnpt.bacgiang.cskh.customer.ImportProblem;
import vn.vnpt.bacgiang.cskh.customer.ImportResult;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * Planners import customers from a CSV file: upload, see what the check found (the first rows, every
 * problem by row and column), and import only a file without problems, all of it or nothing.
 */
@Route("customers/import")
@RolesAllowed(Permissions.CUSTOMER_IMPORT)
@Menu(title = "customer.nav.import", order = 15, icon = "vaadin:upload")
@StyleSheet("context://styles/customer-import.css")
class CustomerImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 200 * 1024 * 1024;
    /** Up to this many problems the grid grows with them; beyond, it scrolls. */
    private static final int PROBLEMS_WITHOUT_SCROLLING = 10;

    private final CustomerImport customerImport;
    private final BackgroundSteps steps;
    private final Upload upload = new Upload();
    private final Span progressText = new Span();
    private final ProgressBar progressBar = new ProgressBar();
    private final Div progress = new Div(progressText, progressBar);
    private final H3 resultTitle = new H3();
    private final Div summary = new Div();
    private final Paragraph verdict = new Paragraph();
    private final Button commit = new Button();
    private final Button discard = new Button();
    private final H3 problemsTitle = new H3();
    private final ImportProblemsGrid problems = new ImportProblemsGrid();
    private final H3 rowsTitle = new H3();
    private final ImportRowsGrid rows = new ImportRowsGrid();
    private final Div result = new Div();
    private final Paragraph imported = new Paragraph();
    private String progressKey = "";
    private @Nullable UploadedFile file;

    CustomerImportView(CustomerImport customerImport, TaskExecutor executor) {
        this.customerImport = customerImport;
        this.steps = new BackgroundSteps(executor, this::showProgress, this::stepEnded);
        addClassName("view");
        addClassName("import-view");

        upload.setUploadHandler(new LimitedUpload((metadata, tempFile) ->
                uploaded(new UploadedFile(metadata.fileName(), tempFile.toPath()))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setI18n(uploadTexts());

        progress.addClassName("import-progress");
        progress.setVisible(false);
        progressBar.setMin(0);
        progressBar.setMax(1);

        commit.setText(getTranslation("customer.import.commit"));
        commit.setIcon(VaadinIcon.DATABASE.create());
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(click -> startCommit());
        discard.setText(getTranslation("customer.import.discard"));
        discard.setIcon(VaadinIcon.CLOSE_SMALL.create());
        discard.addClickListener(click -> discard());
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(commit, discard);
        actions.addClassName("import-actions");

        summary.addClassName("import-summary");
        problems.setHeight("22rem");
        result.add(resultTitle, summary, verdict, actions, problemsTitle, problems, rowsTitle, rows);
        result.addClassName("import-result");
        result.setVisible(false);

        imported.addClassName("import-done");
        imported.setVisible(false);

        add(new H1(getTranslation("customer.import.title")), new Paragraph(getTranslation("customer.import.intro")),
                columnList(), upload, progress, imported, result);
    }

    private Details columnList() {
        String header = Arrays.stream(ImportColumn.values())
                .map(column -> column.header() + (column.isRequired() ? "*" : ""))
                .collect(Collectors.joining(";"));
        Paragraph line = new Paragraph(header);
        line.addClassName("import-header-line");
        Details details = new Details(getTranslation("customer.import.columns"), line,
                new Paragraph(getTranslation("customer.import.columns.text")));
        details.setWidthFull();
        return details;
    }

    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("customer.import.upload.button")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("customer.import.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("customer.import.upload.tooBig"))
                        .setIncorrectFileType(getTranslation("customer.import.upload.wrongType"))
                        .setTooManyFiles(getTranslation("customer.import.upload.tooMany")))
                .setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                        .setFileTooLarge(getTranslation("customer.import.upload.tooBig"))));
    }

    /** The upload's own list is emptied so that the next file can be chosen; the file's name is shown below. */
    private void uploaded(UploadedFile uploaded) {
        deleteFile();
        file = uploaded;
        upload.clearFileList();
        imported.setVisible(false);
        result.setVisible(false);
        resultTitle.setText(getTranslation("customer.import.file", uploaded.name()));
        start("customer.import.checking");
        Path path = uploaded.path();
        steps.run(UI.getCurrent(), progress -> customerImport.check(path, progress), this::showPreview,
                this::showFailure);
    }

    private void startCommit() {
        UploadedFile uploaded = file;
        if (uploaded == null) {
            return;
        }
        commit.setEnabled(false);
        start("customer.import.saving");
        steps.run(UI.getCurrent(), progress -> customerImport.commit(uploaded.path(), uploaded.name(), progress),
                result -> imported(uploaded, result), this::showFailure);
    }

    private void start(String key) {
        progressKey = key;
        upload.setEnabled(false);
        discard.setEnabled(false);
        showProgress(0, 0);
        progress.setVisible(true);
    }

    private void showProgress(int rowsDone, double fractionDone) {
        progressText.setText(getTranslation(progressKey, file == null ? "" : file.name(), rowsDone));
        progressBar.setValue(fractionDone);
    }

    private void stepEnded() {
        progress.setVisible(false);
        upload.setEnabled(true);
        discard.setEnabled(true);
        if (!isAttached()) {
            deleteFile();
        }
    }

    private void showPreview(ImportPreview preview) {
        summary.removeAll();
        summary.add(card(preview.rows(), "customer.import.rows"), card(preview.customers(), "customer.import.customers"),
                card(preview.subscriptions(), "customer.import.subscriptions"));
        if (!preview.canImport()) {
            Div problemCard = card(preview.problemCount(), "customer.import.problems");
            problemCard.addClassName("card-problems");
            summary.add(problemCard);
        }
        verdict.setText(preview.canImport()
                ? getTranslation("customer.import.ready", preview.customers(), preview.subscriptions())
                : getTranslation("customer.import.notReady", preview.problemCount()));
        if (!preview.ignoredColumns().isEmpty()) {
            verdict.add(new Span(" " + getTranslation("customer.import.ignored",
                    String.join(", ", preview.ignoredColumns()))));
        }
        commit.setEnabled(preview.canImport());
        showProblems(preview.problems(), preview.problemCount());
        rowsTitle.setText(getTranslation("customer.import.firstRows", preview.firstRows().size()));
        rowsTitle.setVisible(!preview.firstRows().isEmpty());
        rows.setItems(preview.firstRows());
        rows.setVisible(!preview.firstRows().isEmpty());
        result.setVisible(true);
    }

    private void showFailure(ImportFailed failure) {
        Notifications.error(getTranslation("customer.import.failed"));
        verdict.setText(getTranslation("customer.import.failed"));
        commit.setEnabled(false);
        showProblems(failure.problems(), failure.problems().size());
        result.setVisible(true);
    }

    private void showProblems(List<ImportProblem> shown, int count) {
        problemsTitle.setText(shown.size() < count
                ? getTranslation("customer.import.problems.some", shown.size(), count)
                : getTranslation("customer.import.problems.all", count));
        problems.setItems(shown);
        problems.setAllRowsVisible(shown.size() <= PROBLEMS_WITHOUT_SCROLLING);
        problemsTitle.setVisible(count > 0);
        problems.setVisible(count > 0);
    }

    /** The notification soon goes; the line under the upload stays until the next file. */
    private void imported(UploadedFile uploaded, ImportResult result) {
        String done = getTranslation("customer.import.done", result.customers(), result.subscriptions(),
                uploaded.name());
        Notifications.success(done);
        imported.setText(done);
        imported.setVisible(true);
        discard();
    }

    private void discard() {
        deleteFile();
        result.setVisible(false);
    }

    private void deleteFile() {
        if (file != null) {
            file.delete();
            file = null;
        }
    }

    private Div card(int value, String labelKey) {
        Span number = new Span(VnFormats.number(value));
        number.addClassName("card-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("card-label");
        Div card = new Div(number, label);
        card.addClassNames("card", "stat-card");
        return card;
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (!progress.isVisible()) {
            deleteFile();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customer.import.title");
    }

    /** The server refuses a larger file itself: the browser's own size check can be bypassed. */
    static final class LimitedUpload extends TemporaryFileUploadHandler {

        LimitedUpload(FileUploadCallback saved) {
            super(saved);
        }

        @Override
        public long getFileSizeMax() {
            return MAX_FILE_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return MAX_FILE_BYTES + 64 * 1024;
        }
    }
}
