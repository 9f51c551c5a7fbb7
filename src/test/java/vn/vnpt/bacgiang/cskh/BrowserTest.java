package vn.vnpt.bacgiang.cskh;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * End-to-end tests in a real headless Chromium against the portal served on a free port, with the
 * demo data of the test profile: one browser per test class. Dev tools and live reload are off so
 * the page holds only the portal's own markup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "vaadin.devmode.liveReload.enabled=false"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    /** Every demo user's password. */
    protected static final String PASSWORD = "Demo@2026";

    @LocalServerPort
    protected int port;

    protected BrowserSession browser;

    @BeforeAll
    void startBrowser() {
        browser = BrowserSession.start(port);
    }

    @AfterAll
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
