package vn.vnpt.bacgiang.cskh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServletContext;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vnpt.bacgiang.cskh.base.ui.NoPolymerTemplates;

/**
 * The portal in a real browser: login, the shell at laptop and phone width, the language switch and
 * a report download. Runs in {@code mvn verify} (failsafe); screenshots go to {@code target/screenshots}.
 * Dev tools and live reload are off so that screenshots show what a user sees.
 */
class PortalBrowserIT extends BrowserTest {

    @Autowired
    private ServletContext servletContext;

    @BeforeEach
    void newVisitor() {
        browser.forgetEverything().laptopViewport();
    }

    @Test
    void theLoginPageIsInVietnamese() {
        browser.open("/login");

        assertThat(browser.waitFor(By.cssSelector("h1.login-title")).getText()).isEqualTo("Cổng CSKH");
        assertThat(browser.driver().getTitle()).isEqualTo("Đăng nhập | Cổng CSKH");
        assertThat(browser.loginFormPart("form-title").getText()).isEqualTo("Đăng nhập");
        assertThat(browser.waitFor(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).getText())
                .isEqualTo("Đăng nhập");
        assertThat(browser.waitFor(By.cssSelector("vaadin-login-form vaadin-text-field[name='username'] label"))
                .getText()).isEqualTo("Tên đăng nhập");
        assertThat(browser.waitFor(By.cssSelector(".language-switch vaadin-select-value-button")).getText())
                .isEqualTo("Tiếng Việt");
        browser.screenshot("login.png");
    }

    @Test
    void aWrongPasswordShowsTheOneGenericVietnameseError() {
        browser.signIn("kehoach", "sai-mat-khau");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("error"));
        browser.waitUntilSettled();
        var error = browser.loginFormPart("error-message");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> error.isDisplayed());
        assertThat(error.getText()).contains("Đăng nhập không thành công",
                "Kiểm tra lại tên đăng nhập và mật khẩu.");
        browser.screenshot("login-error.png");
    }

    @Test
    void theLoginPageAndASignedInPageRunUnderTheContentSecurityPolicyWithoutViolationsAndAForeignScriptIsRefused() {
        browser.contentSecurityPolicyErrors();
        browser.open("/login");
        assertThat(browser.contentSecurityPolicyErrors()).isEmpty();

        browser.signInAndWaitForShell("kehoach", PASSWORD);
        browser.open("/campaigns");
        assertThat(browser.contentSecurityPolicyErrors()).isEmpty();

        browser.script("const s = document.createElement('script'); s.src = 'https://cdn.example.com/x.js';"
                + "document.head.appendChild(s);");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> !browser.contentSecurityPolicyErrors().isEmpty());
    }

    @Test
    void theLoginPageNamesTheFaviconWhichIsServedBeforeSigningIn() throws Exception {
        browser.open("/login");
        browser.waitFor(By.cssSelector("h1.login-title"));

        assertThat(browser.driver().findElement(By.cssSelector("link[rel='icon']")).getAttribute("href"))
                .endsWith("/icons/favicon.png");
        HttpResponse<String> icon = get("/icons/favicon.png", Map.of());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).contains("image/png");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = get("/login", Map.of());

        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSecureWhenATlsProxyForwardsTheRequest() throws Exception {
        String plain = sessionCookie(get("/login", Map.of()));
        String proxied = sessionCookie(get("/login", Map.of("X-Forwarded-Proto", "https")));

        assertThat(plain).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");
        assertThat(proxied).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("Secure");
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
    }

    @Test
    void theDirectorSignsInAndSeesTheShell() {
        browser.signInAndWaitForShell("giamdoc", PASSWORD);

        assertThat(browser.waitFor(By.cssSelector(".user-name")).getText()).isEqualTo("Trần Thị Thu Hà");
        assertThat(browser.waitFor(By.cssSelector(".user-roles")).getText()).isEqualTo("Giám đốc TTKD");
        assertThat(browser.waitFor(By.cssSelector(".logout")).getText()).isEqualTo("Đăng xuất");
        assertThat(browser.waitFor(By.cssSelector("vaadin-side-nav.main-nav")).getText()).contains("Trang chủ");
        browser.screenshot("shell-director.png");
    }

    @Test
    void aDistrictCareStaffSeesTheirNameAndUnitOnALaptopAndAPhone() {
        browser.signInAndWaitForShell("lucnam.cskh1", PASSWORD);

        assertThat(browser.waitFor(By.cssSelector(".user-name")).getText()).isEqualTo("Đỗ Thị Mai");
        assertThat(browser.waitFor(By.cssSelector(".user-unit")).getText()).isEqualTo("Cửa hàng giao dịch Đồi Ngô");
        assertThat(browser.waitFor(By.cssSelector(".user-roles")).getText()).isEqualTo("Nhân viên CSKH");
        assertThat(browser.horizontalOverflow()).isZero();
        assertThat(browser.navbarOverflow()).isZero();
        browser.screenshot("shell-care-staff.png");

        browser.viewport(390, 844);
        assertThat(browser.script("return window.innerWidth;")).isEqualTo(390L);
        assertThat(browser.waitFor(By.cssSelector(".user-name")).isDisplayed()).isTrue();
        assertThat(browser.waitFor(By.cssSelector(".user-unit")).isDisplayed()).isTrue();
        assertThat(browser.waitFor(By.cssSelector(".navbar-title")).getText()).isEqualTo("Cổng CSKH");
        assertThat(browser.horizontalOverflow()).isZero();
        assertThat(browser.navbarOverflow()).isZero();
        browser.screenshot("shell-care-staff-phone.png");

        browser.viewport(360, 780);
        assertThat(browser.navbarOverflow()).isZero();
    }

    @Test
    void aLongUnitNameIsReadInFullOnAPhoneAndOnALaptop() {
        browser.signInAndWaitForShell("ttvt.tpbg", PASSWORD);

        assertThat(browser.waitFor(By.cssSelector(".user-unit")).getText())
                .isEqualTo("Trung tâm Viễn thông TP Bắc Giang");
        assertThat(browser.waitFor(By.cssSelector(".user-roles")).getText()).isEqualTo("Nhân viên TTVT");
        assertThat(cut(".user-name")).isFalse();
        assertThat(cut(".user-where")).isFalse();
        assertThat(browser.navbarOverflow()).isZero();
        browser.screenshot("shell-long-unit.png");

        browser.viewport(390, 844);
        assertThat(browser.waitFor(By.cssSelector(".user-unit")).isDisplayed()).isTrue();
        assertThat(cut(".user-name")).isFalse();
        assertThat(cut(".user-where")).isFalse();
        assertThat(browser.navbarOverflow()).isZero();
        assertThat(browser.horizontalOverflow()).isZero();
        browser.screenshot("shell-long-unit-phone.png");

        browser.viewport(360, 780);
        assertThat(cut(".user-where")).isFalse();
        assertThat(browser.navbarOverflow()).isZero();
    }

    /** Whether the element's text is cut: wider or taller than the box that shows it. */
    private boolean cut(String selector) {
        browser.waitUntilSettled();
        return (Boolean) browser.script("const e = document.querySelector(arguments[0]);"
                + " return e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight;", selector);
    }

    @Test
    void switchingToEnglishReRendersTheShellInEnglishAndIsRemembered() {
        browser.signInAndWaitForShell("giamdoc", PASSWORD);
        assertThat(browser.waitFor(By.cssSelector(".logout")).getText()).isEqualTo("Đăng xuất");

        browser.chooseLanguage("English");
        assertThat(browser.waitForText(By.cssSelector(".logout"), "Sign out")).isEqualTo("Sign out");
        browser.waitUntilSettled();
        assertThat(browser.waitFor(By.cssSelector(".user-roles")).getText()).isEqualTo("Business Center director");
        assertThat(browser.waitFor(By.cssSelector("vaadin-side-nav.main-nav")).getText()).contains("Home");
        Cookie language = browser.driver().manage().getCookieNamed("cskh-lang");
        assertThat(language).isNotNull();
        assertThat(language.getValue()).isEqualTo("en");

        browser.driver().navigate().refresh();
        browser.waitUntilSettled();
        assertThat(browser.waitForText(By.cssSelector(".logout"), "Sign out")).isEqualTo("Sign out");
        assertThat(browser.waitFor(By.cssSelector(".navbar-language vaadin-select-value-button")).getText()).isEqualTo("English");

        // A new session (the next day) starts in English too: the cookie, not the session, remembers.
        browser.forgetSession().open("/login");
        assertThat(browser.loginFormPart("form-title").getText()).isEqualTo("Sign in");
        browser.signInAndWaitForShell("giamdoc", PASSWORD);
        assertThat(browser.waitFor(By.cssSelector(".user-roles")).getText()).isEqualTo("Business Center director");
        browser.screenshot("shell-director-english.png");
    }

    @Test
    void anAdminOpensTheUnitsStaffAndAuditScreens() {
        browser.signInAndWaitForShell("admin", PASSWORD).open("/units");
        assertThat(browser.waitForText(By.cssSelector(".view-header h1"), "Đơn vị")).isEqualTo("Đơn vị");
        browser.waitFor(By.cssSelector("vaadin-grid"));
        browser.screenshot("units-admin.png");

        browser.open("/staff");
        assertThat(browser.waitForText(By.cssSelector(".view-header h1"), "Nhân sự và tài khoản"))
                .isEqualTo("Nhân sự và tài khoản");
        browser.screenshot("staff-admin.png");

        browser.open("/audit");
        browser.waitFor(By.cssSelector("vaadin-grid"));
        browser.screenshot("audit-admin.png");
    }

    @Test
    void anUnknownAddressShowsTheFriendlyNotFoundPageInsideTheShell() {
        browser.signInAndWaitForShell("lucnam.cskh1", PASSWORD).open("/khong-co-trang-nay");

        assertThat(browser.waitForText(By.cssSelector(".problem-page h1"), "Không tìm thấy trang"))
                .isEqualTo("Không tìm thấy trang");
        assertThat(browser.waitFor(By.cssSelector(".user-name")).getText()).isEqualTo("Đỗ Thị Mai");
        browser.screenshot("not-found.png");
    }

    /** Decision 0052: without it, every argument a browser sends to a server method searched the class path. */
    @Test
    @SuppressWarnings("deprecation")
    void theServedPortalAnswersVaadinsTemplateQuestionWithItsOwnClass() {
        Lookup lookup = new VaadinServletContext(servletContext).getAttribute(Lookup.class);

        assertThat(lookup.lookup(DeprecatedPolymerPublishedEventHandler.class)).isInstanceOf(NoPolymerTemplates.class);
    }

    @Test
    void theDirectorDownloadsTheRosterAsPdf() throws IOException {
        browser.signInAndWaitForShell("giamdoc", PASSWORD).open("/reports");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .withMessage(() -> "no link #roster-pdf on /reports; the page shows: " + browser.renderedText())
                .until(ExpectedConditions.elementToBeClickable(By.id("roster-pdf")))
                .click();

        Path pdf = browser.awaitDownload("Danh sách tổ chức", ".pdf", Duration.ofSeconds(60));
        try (InputStream in = Files.newInputStream(pdf)) {
            assertThat(new String(in.readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        }
        Files.copy(pdf, BrowserSession.SCREENSHOTS.resolve("roster.pdf"), StandardCopyOption.REPLACE_EXISTING);
    }
}
