package vn.vnpt.bacgiang.cskh;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium driven by Selenium against the portal on a local port: start it once per
 * test class, sign in and out between tests. Waits are explicit; the first page gets a minute since
 * Vaadin's dev mode is slow to serve it the first time.
 */
final class BrowserSession implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration FIRST_PAGE = Duration.ofSeconds(60);
    private static final Duration STEP = Duration.ofSeconds(20);

    /** True when no Vaadin client is waiting for the server (the page has settled). */
    private static final String VAADIN_IDLE = """
            if (document.readyState !== 'complete') return false;
            const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
            if (!clients || Object.keys(clients).length === 0) return false;
            return Object.values(clients).every(c => !c.isActive || !c.isActive());
            """;

    private final String baseUrl;
    private final Path profileDir;
    private final Path downloadDir;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private Duration nextPageWait = FIRST_PAGE;

    private BrowserSession(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        profileDir = Files.createTempDirectory("cskh-chromium-profile-");
        downloadDir = Files.createTempDirectory("cskh-chromium-downloads-");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(setting("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(setting("CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,900",
                "--user-data-dir=" + profileDir.toAbsolutePath());
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloadDir.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("download.directory_upgrade", true);
        prefs.put("plugins.always_open_pdf_externally", true); // download PDFs, don't show them
        prefs.put("safebrowsing.enabled", false);
        options.setExperimentalOption("prefs", prefs);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        driver = new ChromeDriver(service, options);
        allowDownloads();
    }

    /** Starts Chromium for the portal served at {@code http://localhost:port}. */
    static BrowserSession start(int port) {
        try {
            return new BrowserSession("http://localhost:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Headless Chromium may refuse downloads unless told over CDP where to put them. */
    private void allowDownloads() {
        Map<String, Object> params = Map.of("behavior", "allow",
                "downloadPath", downloadDir.toAbsolutePath().toString());
        try {
            driver.executeCdpCommand("Browser.setDownloadBehavior", params);
        } catch (WebDriverException e) {
            driver.executeCdpCommand("Page.setDownloadBehavior", params);
        }
    }

    private static String setting(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank()).orElse(fallback);
    }

    /** The browser console's messages since the last call that the Content-Security-Policy caused. */
    List<String> contentSecurityPolicyErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the portal and waits until Vaadin has rendered it. */
    BrowserSession open(String path) {
        driver.get(baseUrl + path);
        waitUntilSettled(nextPageWait);
        nextPageWait = STEP;
        return this;
    }

    /** Forgets every cookie (the session and the chosen language), as a first-time visitor. */
    BrowserSession forgetEverything() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        return this;
    }

    /** Ends the server session but keeps the other cookies, as a browser restarted the next day. */
    BrowserSession forgetSession() {
        driver.manage().deleteCookieNamed("JSESSIONID");
        return this;
    }

    /** Opens the login page and submits the form with the given credentials. */
    BrowserSession signIn(String username, String password) {
        open("/login");
        type(loginInput("username"), username);
        type(loginInput("password"), password);
        waitFor(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        return this;
    }

    /** Signs in with the right credentials and waits for the shell to show the user. */
    BrowserSession signInAndWaitForShell(String username, String password) {
        signIn(username, password);
        waitFor(By.cssSelector(".user-name"));
        waitUntilSettled();
        return this;
    }

    /** The login form's inputs are in the light DOM of {@code vaadin-login-form}. */
    WebElement loginInput(String name) {
        return waitFor(By.cssSelector("vaadin-login-form input[name='" + name + "']"));
    }

    /** A part of the login form drawn in its shadow DOM (title, error message). */
    WebElement loginFormPart(String part) {
        WebElement form = waitFor(By.cssSelector("vaadin-login-form"));
        SearchContext formShadow = form.getShadowRoot();
        WebElement wrapper = formShadow.findElement(By.cssSelector("vaadin-login-form-wrapper"));
        By byPart = By.cssSelector("[part~='" + part + "']");
        List<WebElement> inForm = formShadow.findElements(byPart);
        return inForm.isEmpty() ? wrapper.getShadowRoot().findElement(byPart) : inForm.getFirst();
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, STEP).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the element's visible text is the given one, and returns it. */
    String waitForText(By locator, String text) {
        new WebDriverWait(driver, STEP).until(ExpectedConditions.textToBe(locator, text));
        return driver.findElement(locator).getText();
    }

    void waitUntilSettled(Duration timeout) {
        new WebDriverWait(driver, timeout)
                .withMessage(() -> "Vaadin did not settle on " + driver.getCurrentUrl() + ", which shows: "
                        + renderedText())
                .until(d -> Boolean.TRUE.equals(script(VAADIN_IDLE)));
    }

    void waitUntilSettled() {
        waitUntilSettled(STEP);
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** All text rendered on the page, shadow roots included (web components draw some of it there). */
    String renderedText() {
        return (String) script("""
                const out = [];
                const walk = node => {
                    if (node.nodeType === Node.TEXT_NODE) { out.push(node.textContent); return; }
                    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
                    if (node.nodeType === Node.ELEMENT_NODE) {
                        if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) return;
                        if (node.shadowRoot) walk(node.shadowRoot);
                        if (node.tagName === 'SLOT') { node.assignedNodes().forEach(walk); return; }
                    }
                    node.childNodes.forEach(walk);
                };
                walk(document.body);
                return out.join(' ').replace(/\\s+/g, ' ');
                """);
    }

    /** Picks a language in the language switch (a Vaadin select) by its label. */
    BrowserSession chooseLanguage(String label) {
        WebElement select = waitFor(By.cssSelector("vaadin-select.navbar-language"));
        select.click();
        By item = By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']");
        new WebDriverWait(driver, STEP).until(d -> d.findElements(item).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null)).click();
        return this;
    }

    /**
     * Makes the page's viewport the given size, as a phone's. Chromium keeps a window at least 500
     * pixels wide, so narrower viewports are emulated over CDP in a window tall enough to show them.
     */
    BrowserSession viewport(int width, int height) {
        long frame = (Long) script("return window.outerHeight - window.innerHeight;");
        driver.manage().window().setSize(new Dimension(Math.max(width, 500), height + (int) frame));
        if ((Long) script("return window.innerWidth;") != width) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                    "height", height, "deviceScaleFactor", 1, "mobile", true));
        }
        waitUntilSettled();
        return this;
    }

    /** Back to the laptop window the session started with. */
    BrowserSession laptopViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(new Dimension(1366, 900));
        return this;
    }

    /** How far the page is wider than the viewport (0 when nothing sticks out sideways). */
    long horizontalOverflow() {
        return (Long) script("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
    }

    /** How far the shell's header content is wider than the header (it clips, so the page does not scroll). */
    long navbarOverflow() {
        return (Long) script("""
                const navbar = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part~=navbar]');
                return Math.max(0, navbar.scrollWidth - navbar.clientWidth);
                """);
    }

    /** Saves what the browser shows to {@code target/screenshots/name} once the page has settled. */
    Path screenshot(String name) {
        waitUntilSettled();
        script("return document.fonts.ready.then(() => true);");
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path downloadDir() {
        return downloadDir;
    }

    /** Waits for a finished download whose file name contains the given text (compared in NFC). */
    Path awaitDownload(String nameContains, String suffix, Duration timeout) {
        String wanted = Normalizer.normalize(nameContains, Normalizer.Form.NFC);
        return new WebDriverWait(driver, timeout).until(d -> {
            try (Stream<Path> files = Files.list(downloadDir)) {
                return files.filter(file -> {
                    String name = Normalizer.normalize(file.getFileName().toString(), Normalizer.Form.NFC);
                    return name.contains(wanted) && name.endsWith(suffix);
                }).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    List<String> downloadedFileNames() {
        try (Stream<Path> files = Files.list(downloadDir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profileDir);
            deleteQuietly(downloadDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
