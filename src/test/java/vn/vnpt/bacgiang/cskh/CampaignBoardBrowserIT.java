package vn.vnpt.bacgiang.cskh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.openqa.selenium.By;

/**
 * The campaign board, a campaign page and the home page's waiting list in a real browser, as the
 * Director and as a planner, at laptop and phone width; screenshots go to {@code target/screenshots}.
 */
class CampaignBoardBrowserIT extends BrowserTest {

    /** The demo campaign returned by the Director (db/demo V5_1). */
    private static final int RETURNED_DEMO_CAMPAIGN = 6;

    @BeforeEach
    void newVisitor() {
        browser.forgetEverything().laptopViewport();
    }

    @ParameterizedTest(name = "{0} sees the board, a campaign and what waits on them at laptop and phone width")
    @ValueSource(strings = {"giamdoc", "kehoach"})
    void theBoardReadsWellAtLaptopAndPhoneWidth(String username) {
        browser.signInAndWaitForShell(username, PASSWORD);
        assertThat(browser.waitFor(By.cssSelector(".waiting-list")).getText()).isNotBlank();
        browser.screenshot("home-waiting-" + username + ".png");

        browser.open("/campaigns");
        assertThat(browser.waitFor(By.cssSelector(".campaign-board")).findElements(By.cssSelector(".board-column")))
                .hasSize(9);
        assertThat(browser.horizontalOverflow()).isZero();
        browser.screenshot("campaign-board-" + username + ".png");

        browser.open("/campaign/" + RETURNED_DEMO_CAMPAIGN);
        browser.waitFor(By.cssSelector(".campaign-returned"));
        browser.screenshot("campaign-" + username + ".png");

        browser.viewport(390, 844).open("/campaigns");
        browser.waitFor(By.cssSelector(".campaign-board"));
        assertThat(browser.horizontalOverflow()).isZero();
        browser.screenshot("campaign-board-" + username + "-phone.png");
    }
}
