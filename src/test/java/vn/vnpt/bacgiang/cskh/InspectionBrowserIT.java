package vn.vnpt.bacgiang.cskh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.vnpt.bacgiang.cskh.supervision.ChecklistItem;
import vn.vnpt.bacgiang.cskh.supervision.FindingFixture;
import vn.vnpt.bacgiang.cskh.supervision.InspectionPlan;
import vn.vnpt.bacgiang.cskh.supervision.InspectionService;

/**
 * The inspection filled on a phone-width window in a real browser: two answers given by tapping are
 * saved at once, so reloading the page (or losing the tab) finds them; an answer tapped while the network
 * is lost is sent when it comes back; a submitted inspection's
 * findings, scrolled to, are not hidden under the score bar.
 */
class InspectionBrowserIT extends BrowserTest {

    @Autowired
    private InspectionService inspections;
    @Autowired
    private UserDetailsService users;

    @Autowired
    private FindingFixture findingFixture;

    private long inspection;
    /** Of Lục Ngạn's sales department, answered offline. */
    private long offline;
    /** Submitted with three findings, one a knock-out (the score bar then holds its banner). */
    private long submitted;
    private long yesItem;
    private long scoreItem;

    @BeforeAll
    void planInspection() {
        UserDetails supervisor = users.loadUserByUsername("giamsat");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(supervisor, null, supervisor.getAuthorities()));
        try {
            inspection = Objects.requireNonNull(inspections.plan(new InspectionPlan(2L, 9L, 11L, null, null,
                    LocalDate.of(2026, 12, 3))).getId());
            yesItem = item("pbh-giao-ds");
            scoreItem = item("pbh-nam-kich-ban");
            submitted = findingFixture.submittedWithFindings();
            offline = Objects.requireNonNull(inspections.plan(new InspectionPlan(2L, 9L, 12L, null, null,
                    LocalDate.of(2026, 12, 3))).getId());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void twoAnswersTappedOnA390PixelScreenAreThereAfterReloadingThePage() {
        browser.forgetEverything().signInAndWaitForShell("giamsat", PASSWORD);
        browser.viewport(390, 844).open("/supervision/inspection/" + inspection);
        assertThat(browser.horizontalOverflow()).isZero();
        tap(choice(yesItem, "Có"));
        browser.waitUntilSettled();
        tap(choice(scoreItem, "4"));
        browser.waitUntilSettled();
        browser.waitForText(By.id("overall-score"), "90,0 %");

        browser.driver().navigate().refresh();
        browser.waitUntilSettled();

        assertThat(radio(yesItem, "Có").getAttribute("checked")).isNotNull();
        assertThat(radio(scoreItem, "4").getAttribute("checked")).isNotNull();
        assertThat(browser.waitFor(By.id("overall-score")).getText()).isEqualTo("90,0 %");
        browser.screenshot("inspection-390-after-reload.png");

        WebElement card = browser.waitFor(By.id("item-" + scoreItem));
        browser.script("arguments[0].scrollIntoView();", card);
        browser.waitUntilSettled();
        assertThat(top(card)).isGreaterThanOrEqualTo(bottom(browser.waitFor(By.className("score-bar"))));
    }

    @Test
    void anAnswerTappedWhileTheNetworkIsLostIsSavedWhenItComesBack() {
        browser.forgetEverything().signInAndWaitForShell("giamsat", PASSWORD);
        browser.viewport(390, 844).open("/supervision/inspection/" + offline);
        WebElement yes = choice(item(offline, "pbh-giao-ds"), "Có");

        browser.driver().setNetworkConditions(offlineConditions());
        try {
            tap(yes);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(browser.script(
                    "const i = document.querySelector('vaadin-connection-indicator');"
                            + "return !!i && (i.hasAttribute('reconnecting') || i.hasAttribute('offline'));")));
            assertThat((String) browser.script("return document.querySelector('vaadin-connection-indicator').textContent;"))
                    .contains("Mất kết nối, đang thử lại");
            assertThat(answered(offline, "pbh-giao-ds")).isFalse();
        } finally {
            browser.driver().deleteNetworkConditions();
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
                .until(d -> answered(offline, "pbh-giao-ds"));
        browser.driver().navigate().refresh();
        browser.waitUntilSettled();

        assertThat(radio(item(offline, "pbh-giao-ds"), "Có").getAttribute("checked")).isNotNull();
    }

    @Test
    void scrollingToTheFindingsLeavesTheirHeadingAndFirstCardClearOfTheScoreBarOnAPhoneAndALaptop() {
        browser.forgetEverything().signInAndWaitForShell("giamsat", PASSWORD);
        for (int[] size : new int[][] {{390, 844}, {1366, 768}}) {
            browser.viewport(size[0], size[1]).open("/supervision/inspection/" + submitted);
            WebElement firstFinding = browser.waitFor(By.cssSelector(".finding-card"));
            browser.script("document.getElementById('findings').scrollIntoView();");
            browser.waitUntilSettled();

            assertThat(top(browser.waitFor(By.id("findings")))).as(size[0] + " px")
                    .isGreaterThanOrEqualTo(bottom(browser.waitFor(By.className("score-bar"))));
            browser.screenshot("inspection-findings-" + size[0] + ".png");

            browser.script("arguments[0].scrollIntoView();", firstFinding);
            browser.waitUntilSettled();
            assertThat(top(firstFinding)).as(size[0] + " px")
                    .isGreaterThanOrEqualTo(bottom(browser.waitFor(By.className("score-bar"))));
        }
    }

    private double top(WebElement element) {
        return ((Number) browser.script("return arguments[0].getBoundingClientRect().top;", element)).doubleValue();
    }

    private double bottom(WebElement element) {
        return ((Number) browser.script("return arguments[0].getBoundingClientRect().bottom;", element)).doubleValue();
    }

    /** A thumb's tap: the element is scrolled to the middle of the screen first, clear of the sticky score. */
    private void tap(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private WebElement choice(long item, String label) {
        return browser.waitFor(By.xpath("//*[@id='item-" + item + "']//vaadin-radio-button//label[normalize-space()='"
                + label + "']"));
    }

    private WebElement radio(long item, String label) {
        return browser.waitFor(By.xpath("//*[@id='item-" + item + "']//vaadin-radio-button[.//label[normalize-space()='"
                + label + "']]"));
    }

    private long item(String key) {
        return item(inspection, key);
    }

    private long item(long of, String key) {
        return asSupervisor(() -> inspections.sheet(of).template().items().filter(item -> item.getItemKey().equals(key))
                .findFirst().map(ChecklistItem::getId).orElseThrow());
    }

    /** Whether the inspection's item has an answer saved. */
    private boolean answered(long of, String key) {
        long itemId = item(of, key);
        return asSupervisor(() -> inspections.sheet(of).answers().containsKey(itemId));
    }

    private <T> T asSupervisor(java.util.function.Supplier<T> call) {
        org.springframework.security.core.Authentication before = SecurityContextHolder.getContext().getAuthentication();
        UserDetails supervisor = users.loadUserByUsername("giamsat");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(supervisor, null, supervisor.getAuthorities()));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private static ChromiumNetworkConditions offlineConditions() {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(true);
        return conditions;
    }
}
