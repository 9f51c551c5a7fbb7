package vn.vnpt.bacgiang.cskh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;

/** The ECharts bar charts in a real browser: the progress page's on a laptop and a phone, the Director's bars as links. */
class ProgressChartBrowserIT extends BrowserTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CampaignService campaigns;
    @Autowired
    private UserDetailsService users;

    private long campaign;

    @BeforeAll
    void prepareCampaign() {
        campaign = ExecutionFixture.campaignInReadiness(jdbc, "Biểu đồ trình duyệt", List.of(
                ExecutionFixture.BICH_DONG, ExecutionFixture.BICH_DONG, ExecutionFixture.BICH_DONG,
                ExecutionFixture.VOI, ExecutionFixture.VOI, ExecutionFixture.NENH));
        UserDetails director = users.loadUserByUsername("giamdoc");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(director, null, director.getAuthorities()));
        try {
            ExecutionFixture.startExecution(campaigns, campaign);
        } finally {
            SecurityContextHolder.clearContext();
        }
        jdbc.update("UPDATE care_task SET state = 'COMPLETED', contacts = 1, last_outcome = 'REACHED_ACCEPTED' "
                + "WHERE campaign_id = ? ORDER BY id LIMIT 3", campaign);
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @ValueSource(ints = {1366, 390})
    void theProgressChartDrawsACanvasSizedToThePageWithVietnameseFiguresAndNoConsoleErrors(int width) {
        browser.forgetEverything().laptopViewport().signInAndWaitForShell("giamdoc", PASSWORD);
        if (width < 1366) {
            browser.viewport(width, 844);
        }
        browser.driver().manage().logs().get(LogType.BROWSER); // only this page's messages count
        browser.open("/progress?campaign=" + campaign);
        browser.waitFor(By.id("progress-chart"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver ->
                !driver.findElements(By.cssSelector("#progress-chart canvas")).isEmpty());
        browser.waitUntilSettled();

        List<Long> size = (List<Long>) browser.script("""
                const canvas = document.querySelector('#progress-chart canvas');
                const box = canvas.getBoundingClientRect();
                return [Math.round(box.width), Math.round(box.height)];""");
        assertThat(size.get(0)).isPositive().isLessThanOrEqualTo(width);
        assertThat(size.get(1)).isPositive();
        assertThat((List<String>) browser.script("""
                const plot = document.querySelector('#progress-chart .bar-chart-plot');
                const option = echarts.getInstanceByDom(plot).getOption();
                return [option.xAxis[0].axisLabel.formatter(12345), option.tooltip[0].valueFormatter(1234.5)];"""))
                .containsExactly("12.345", "1.234,5");
        List<LogEntry> severe = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).isEmpty();
        browser.screenshot("progress-chart-" + width + ".png");
    }

    @org.junit.jupiter.api.Test
    void aClickOnAUnitsBarOnTheDirectorsHomeOpensThatUnitsProgress() {
        browser.forgetEverything().laptopViewport().signInAndWaitForShell("giamdoc", PASSWORD);
        browser.open("/");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver ->
                !driver.findElements(By.cssSelector("#dashboard-units canvas")).isEmpty());
        browser.waitUntilSettled();
        String firstLine = (String) browser.script(
                "return document.querySelector('#dashboard-units .dashboard-line-name').getAttribute('href');");

        // The click ECharts reports for the first category's bar, as a pointer on it would.
        browser.script("""
                const plot = document.querySelector('#dashboard-units .bar-chart-plot');
                echarts.getInstanceByDom(plot).trigger('click', {dataIndex: 0});""");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver ->
                driver.getCurrentUrl().contains("/progress?"));
        assertThat(firstLine).startsWith("progress?campaign=").contains("&unit=");
        String opened = browser.driver().getCurrentUrl();
        assertThat(opened.substring(opened.indexOf("/progress?") + "/progress?".length()).split("&"))
                .containsExactlyInAnyOrder(firstLine.substring("progress?".length()).split("&"));
    }
}
