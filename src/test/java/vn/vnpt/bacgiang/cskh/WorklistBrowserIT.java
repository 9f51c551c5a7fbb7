package vn.vnpt.bacgiang.cskh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
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
 * The care worklist in a real browser: a care staff member picks a task, chooses the outcome and
 * presses Enter; the contact is saved, and the next task opens with the keyboard in its form.
 */
class WorklistBrowserIT extends BrowserTest {

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
    void prepareTasks() throws Exception {
        campaign = ExecutionFixture.campaignInReadiness(jdbc, "Trình duyệt",
                List.of(ExecutionFixture.BICH_DONG, ExecutionFixture.BICH_DONG));
        as("giamdoc", () -> {
            ExecutionFixture.startExecution(campaigns, campaign);
            return null;
        });
        as("vietyen.truongphong", () -> assignments.assignByStore(campaign));
    }

    @Test
    void enterSavesTheContactAndOpensTheNextTaskWithTheKeyboardInItsForm() {
        browser.forgetEverything().laptopViewport().signInAndWaitForShell("vietyen.cskh1", PASSWORD);
        browser.open("/worklist?campaign=" + campaign);
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Trình duyệt')]")).click();
        String first = browser.waitFor(By.id("task-customer")).getText();
        assertThat(first).contains("Trình duyệt");

        browser.waitFor(By.xpath("//*[@id='contact-outcome']//vaadin-radio-button//label[normalize-space()="
                + "'Liên lạc được, đồng ý']")).click();
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);

        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(driver -> !driver.findElement(By.id("task-customer")).getText().equals(first));
        browser.waitUntilSettled();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_contact c JOIN care_task t ON t.id = c.task_id "
                + "WHERE t.campaign_id = ? AND c.outcome = 'REACHED_ACCEPTED'", Long.class, campaign)).isEqualTo(1);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.findElement(By.xpath("ancestor-or-self::*[@id='contact-channel']")).isDisplayed()).isTrue();
        browser.screenshot("worklist-after-enter.png");
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
