package vn.vnpt.bacgiang.cskh.customer.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.ui.ForbiddenView;
import vn.vnpt.bacgiang.cskh.customer.CustomerImport;
import vn.vnpt.bacgiang.cskh.customer.ImportColumn;
import vn.vnpt.bacgiang.cskh.customer.ImportFiles;

/** Every customer saved here has a code starting IMP-UI- and lives in Hiệp Hòa. */
class CustomerImportViewTest extends KaribuTest {

    private static final Duration LONGEST_STEP = Duration.ofSeconds(60);

    @TempDir
    private Path files;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CustomerImport customerImport;

    @Test
    void aPlannerUploadingABadFileSeesEachProblemByRowAndColumnAndCannotImportIt() {
        login("kehoach");
        navigate("customers/import");

        upload("sai.csv", ImportFiles.create()
                .customer("IMP-UI-BAD-1", "Nguyễn Văn An").with(ImportColumn.START_DATE, "31/02/2020")
                .customer("IMP-UI-BAD-2", "Phạm Thị Bình").with(ImportColumn.DISTRICT, "Hà Nội")
                .excelBytes());

        ImportProblemsGrid problems = _get(ImportProblemsGrid.class);
        assertThat(_size(problems)).isEqualTo(2);
        assertThat(_getFormattedRow(problems, 0)).containsExactly("2", "Ngày bắt đầu",
                "“31/02/2020” không phải ngày hợp lệ; hãy ghi theo dạng ngày/tháng/năm, ví dụ 25/03/1985.");
        assertThat(_getFormattedRow(problems, 1)).containsExactly("3", "Huyện/TP",
                "“Hà Nội” không phải giá trị hợp lệ; hãy dùng một trong: TP Bắc Giang, Lục Nam, Lục Ngạn, Sơn Động, "
                        + "Yên Thế, Tân Yên, Hiệp Hòa, Việt Yên, Lạng Giang, Yên Dũng.");
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Tệp có 2 lỗi nên chưa nhập được. Hãy sửa tệp rồi tải lên lại."))).isNotNull();
        assertThat(commitButton().isEnabled()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from customer where code like 'IMP-UI-BAD-%'", Integer.class))
                .isZero();
    }

    @Test
    void aLineBreakInsideANameIsShownByItsRowAndColumnInTheUsersLanguage() {
        login("kehoach");
        useEnglish();
        navigate("customers/import");

        upload("xuong-dong.csv", ImportFiles.create().customer("IMP-UI-CTL-1", "Nguyễn Văn\nAn").excelBytes());

        assertThat(_getFormattedRow(_get(ImportProblemsGrid.class), 0)).containsExactly("2", "Tên khách hàng",
                "The cell holds a line break or a tab; each cell must be a single line.");
    }

    @Test
    void theServerRefusesAnUploadOverTheSizeTheBrowserChecks() {
        CustomerImportView.LimitedUpload handler = new CustomerImportView.LimitedUpload((metadata, file) -> { });

        assertThat(handler.getFileSizeMax()).isEqualTo(200L * 1024 * 1024)
                .isEqualTo(CustomerImportView.MAX_FILE_BYTES);
        assertThat(handler.getRequestSizeMax()).isGreaterThan(handler.getFileSizeMax());
    }

    @Test
    void aFileSavedInAnotherEncodingIsRefusedWithAnExplanation() {
        login("kehoach");
        navigate("customers/import");

        upload("ansi.csv", ImportFiles.create().customer("IMP-UI-ANSI-1", "Trần Thị Hòa").text(';')
                .getBytes(Charset.forName("windows-1258")));

        assertThat(_getFormattedRow(_get(ImportProblemsGrid.class), 0).get(2))
                .startsWith("Tệp không phải UTF-8");
        assertThat(commitButton().isEnabled()).isFalse();
    }

    @Test
    void aPlannerPreviewsAGoodFileThenImportsIt() {
        login("kehoach");
        navigate("customers/import");

        upload("khach-hang.csv", ImportFiles.create()
                .customer("IMP-UI-OK-1", "Nguyễn Văn Hùng")
                .subscription("Internet FiberVNN", "hha_ui_hung")
                .customer("IMP-UI-OK-2", "Lê Thị Thu").with(ImportColumn.UNIT, "CHGD-HHA-2")
                .excelBytes());

        ImportRowsGrid rows = _get(ImportRowsGrid.class);
        assertThat(_size(rows)).isEqualTo(3);
        assertThat(_getFormattedRow(rows, 1)).containsExactly("3", "IMP-UI-OK-1", "Nguyễn Văn Hùng", "Cá nhân",
                "Hiệp Hòa", "CHGD-HHA-1", "Internet FiberVNN", "hha_ui_hung", "VD149", "Đang hoạt động");
        assertThat(_find(ImportProblemsGrid.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Tệp hợp lệ: sẵn sàng nhập 2 khách hàng với 3 thuê bao."))).isNotNull();

        _click(commitButton());
        awaitStep();

        NotificationsKt.expectNotifications("Đã nhập 2 khách hàng với 3 thuê bao từ tệp khach-hang.csv.");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("import-done")).getText())
                .isEqualTo("Đã nhập 2 khách hàng với 3 thuê bao từ tệp khach-hang.csv.");
        assertThat(jdbc.queryForList("select code from customer where code like 'IMP-UI-OK-%' order by code",
                String.class)).containsExactly("IMP-UI-OK-1", "IMP-UI-OK-2");
        assertThat(_find(ImportRowsGrid.class)).isEmpty();
    }

    @Test
    void anImportStoppedByAChangeMadeMeanwhileSaysWhyAndSavesNothing() {
        login("kehoach");
        navigate("customers/import");
        upload("tranh-chap.csv", ImportFiles.create()
                .customer("IMP-UI-RACE-1", "Nguyễn Văn Hùng")
                .customer("IMP-UI-RACE-2", "Lê Thị Thu")
                .excelBytes());
        customerImport.commit(ImportFiles.create().customer("IMP-UI-MEANWHILE", "Trần Văn Nam")
                .with(ImportColumn.NUMBER, "IMP-UI-RACE-2/1").writeForExcel(files), "cung-luc.csv",
                (rowsDone, fractionDone) -> { });

        _click(commitButton());
        awaitStep();

        NotificationsKt.expectNotifications("Không nhập được tệp; chưa có dòng nào được lưu.");
        assertThat(_getFormattedRow(_get(ImportProblemsGrid.class), 0)).containsExactly("Cả tệp", "",
                "Dữ liệu vừa thay đổi trong lúc nhập: một mã KH hoặc số thuê bao của tệp vừa được tạo ở nơi khác. "
                        + "Chưa có dòng nào được lưu; hãy tải tệp lên lại để kiểm tra.");
        assertThat(commitButton().isEnabled()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from customer where code like 'IMP-UI-RACE-%'",
                Integer.class)).isZero();
    }

    @Test
    void careStaffCannotOpenTheImport() {
        login("hiephoa.cskh1");
        navigate("customers/import");

        _assertNone(CustomerImportView.class);
        _assertOne(ForbiddenView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Không có quyền truy cập");
    }

    private static void upload(String fileName, byte[] content) {
        UploadKt._upload(_get(Upload.class), fileName, content);
        awaitStep();
    }

    private static Button commitButton() {
        return _get(Button.class, spec -> spec.withText("Nhập dữ liệu"));
    }

    /** Lets the background step finish and its results reach the page, as the browser's polling would. */
    private static void awaitStep() {
        long deadline = System.nanoTime() + LONGEST_STEP.toNanos();
        do {
            MockVaadin.runUIQueue();
            if (_find(ProgressBar.class).isEmpty()) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        } while (System.nanoTime() < deadline);
        throw new AssertionError("The import step did not end within " + LONGEST_STEP);
    }
}
