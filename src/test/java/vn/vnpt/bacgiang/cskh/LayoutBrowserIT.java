package vn.vnpt.bacgiang.cskh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.execution.AssignmentService;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;

/**
 * What the walk found cut or cramped, measured in a real browser: the campaign board and the progress
 * grid fit a 1366 px laptop without sideways scrolling, progress becomes cards on a 390 px phone, and
 * the phone's worklist shows at least eight whole tasks.
 */
class LayoutBrowserIT extends BrowserTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private AssignmentService assignments;
    @Autowired
    private UserDetailsService users;

    private long campaign;

    @BeforeAll
    void prepareCampaign() throws Exception {
        List<Long> members = new ArrayList<>(Collections.nCopies(20, ExecutionFixture.BICH_DONG));
        members.addAll(List.of(ExecutionFixture.VOI, ExecutionFixture.VOI));
        campaign = ExecutionFixture.campaignInReadiness(jdbc, "Bố cục", members);
        as("giamdoc", () -> {
            ExecutionFixture.startExecution(campaigns, campaign);
            return null;
        });
        as("vietyen.truongphong", () -> assignments.assignByStore(campaign));
    }

    @BeforeEach
    void newVisitor() {
        browser.forgetEverything().laptopViewport();
    }

    @Test
    void everyStepOfTheBoardFitsALaptopWithoutScrollingSideways() {
        browser.signInAndWaitForShell("giamdoc", PASSWORD).open("/campaigns");
        browser.waitFor(By.cssSelector(".campaign-board"));

        assertThat(browser.driver().findElements(By.cssSelector(".board-column"))).hasSize(9);
        assertThat(overflow(".campaign-board")).isNotPositive();
        assertThat(browser.horizontalOverflow()).isZero();
        assertThat((Boolean) browser.script("""
                return [...document.querySelectorAll('.board-column')]
                    .every(column => column.getBoundingClientRect().right <= window.innerWidth);""")).isTrue();
        browser.screenshot("layout-board-1366.png");
    }

    @Test
    void theProgressGridsLastColumnIsInsideALaptopsViewportAndAPhoneReadsCards() {
        browser.signInAndWaitForShell("giamdoc", PASSWORD).open("/progress?campaign=" + campaign);
        browser.waitFor(By.id("progress-units"));

        Number lastRight = (Number) browser.script("""
                const grid = document.getElementById('progress-units');
                const headers = [...grid.shadowRoot.querySelectorAll('thead th')].filter(cell => cell.offsetWidth > 0);
                return headers[headers.length - 1].getBoundingClientRect().right;""");
        assertThat(lastRight.doubleValue()).isLessThanOrEqualTo(1366);
        assertThat((Number) browser.script("""
                const table = document.getElementById('progress-units').shadowRoot.getElementById('table');
                return table.scrollWidth - table.clientWidth;""")).matches(gap -> gap.intValue() <= 0);
        assertThat(browser.horizontalOverflow()).isZero();
        browser.screenshot("layout-progress-1366.png");

        browser.viewport(390, 844).open("/progress?campaign=" + campaign);
        browser.waitFor(By.id("progress-cards"));
        assertThat(browser.driver().findElement(By.id("progress-units")).isDisplayed()).isFalse();
        List<WebElement> unitCards = browser.driver().findElements(By.cssSelector("#progress-cards .progress-card"));
        assertThat(unitCards).hasSize(3)
                .allMatch(card -> card.getRect().getX() + card.getRect().getWidth() <= 390);
        assertThat(browser.horizontalOverflow()).isZero();
        browser.screenshot("layout-progress-390.png");

        unitCards.getFirst().click();
        browser.waitFor(By.cssSelector("#progress-staff-cards .progress-card"));
        assertThat(browser.driver().findElement(By.id("progress-staff")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElements(By.cssSelector("#progress-staff-cards .progress-card")))
                .isNotEmpty().allMatch(card -> card.isDisplayed()
                        && card.getRect().getX() + card.getRect().getWidth() <= 390);
        assertThat(browser.horizontalOverflow()).isZero();
    }

    @Test
    void aCareStaffMemberSeesAtLeastEightWholeTasksOnAPhone() {
        browser.signInAndWaitForShell("vietyen.cskh1", PASSWORD).viewport(390, 844)
                .open("/worklist?campaign=" + campaign);
        browser.waitFor(By.cssSelector(".worklist-grid"));

        Number whole = (Number) browser.script("""
                const grid = document.querySelector('.worklist-grid');
                const box = grid.shadowRoot.getElementById('table').getBoundingClientRect();
                return [...grid.shadowRoot.querySelectorAll('tbody tr')].filter(row => {
                    const r = row.getBoundingClientRect();
                    return !row.hidden && r.height > 0 && r.top >= Math.max(0, box.top)
                        && r.bottom <= Math.min(window.innerHeight, box.bottom) + 1;
                }).length;""");
        browser.screenshot("layout-worklist-390.png");
        assertThat(whole.intValue()).as(() -> browser.driver().findElement(By.cssSelector(".worklist-count")).getText())
                .isGreaterThanOrEqualTo(8);
    }

    private long overflow(String selector) {
        return (Long) browser.script("const e = document.querySelector(arguments[0]); return e.scrollWidth - e.clientWidth;",
                selector);
    }

    private <T> T as(String username, Callable<T> call) throws Exception {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return call.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
