package vn.vnpt.bacgiang.cskh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.vnpt.bacgiang.cskh.customer.ImportColumn;
import vn.vnpt.bacgiang.cskh.customer.ImportFiles;

/**
 * The customer import in a real browser: a real upload, the check's progress seen through polling,
 * the problems and the preview at laptop and phone width, the import. Customers saved here have
 * codes starting IMP-WEB- and live in Hiệp Hòa.
 */
class CustomerImportBrowserIT extends BrowserTest {

    private static final Duration STEP = Duration.ofSeconds(30);

    @TempDir
    private Path files;

    @Test
    void aPlannerSeesTheProblemsOfABadFileThenImportsTheCorrectedOne() {
        browser.signInAndWaitForShell("kehoach", PASSWORD).open("/customers/import");
        browser.screenshot("import-empty.png");

        upload(ImportFiles.create()
                .customer("IMP-WEB-1", "Nguyễn Văn Hùng").with(ImportColumn.START_DATE, "31/02/2020")
                .customer("IMP-WEB-2", "Lê Thị Thu").with(ImportColumn.DISTRICT, "Hà Nội")
                .with(ImportColumn.UNIT, "CHGD-HHA-9")
                .writeForExcel(files));
        awaitText("Tệp có 3 lỗi nên chưa nhập được.");
        assertThat(browser.horizontalOverflow()).isZero();
        showResult();
        browser.screenshot("import-problems.png");
        browser.viewport(390, 844);
        assertThat(browser.horizontalOverflow()).isZero();
        showResult();
        browser.screenshot("import-problems-phone.png");
        browser.laptopViewport();

        upload(ImportFiles.create()
                .customer("IMP-WEB-1", "Nguyễn Văn Hùng").subscription("Internet FiberVNN", "hha_web_hung")
                .customer("IMP-WEB-2", "Lê Thị Thu").with(ImportColumn.UNIT, "CHGD-HHA-2")
                .writeForExcel(files));
        awaitText("Tệp hợp lệ: sẵn sàng nhập 2 khách hàng với 3 thuê bao.");
        showResult();
        browser.screenshot("import-preview.png");

        browser.waitFor(By.xpath("//vaadin-button[normalize-space(.)='Nhập dữ liệu']")).click();
        awaitText("Đã nhập 2 khách hàng với 3 thuê bao từ tệp");
        browser.screenshot("import-done.png");
    }

    private void upload(Path file) {
        WebElement upload = browser.waitFor(By.cssSelector("vaadin-upload"));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private void showResult() {
        browser.script("document.querySelector('.import-result').scrollIntoView();");
    }

    private void awaitText(String text) {
        new WebDriverWait(browser.driver(), STEP)
                .withMessage(() -> "\"" + text + "\" not shown; the page shows: " + browser.renderedText())
                .until(driver -> browser.renderedText().contains(text));
    }
}
