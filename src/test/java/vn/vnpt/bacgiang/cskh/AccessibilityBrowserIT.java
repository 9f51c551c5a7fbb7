package vn.vnpt.bacgiang.cskh;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.vnpt.bacgiang.cskh.base.ui.MainLayout;
import vn.vnpt.bacgiang.cskh.handoff.HandoffFixture;
import vn.vnpt.bacgiang.cskh.supervision.FindingFixture;

/**
 * axe-core (WCAG 2.1 A and AA rules) on every page of the portal, signed in as each role that opens
 * it: no violation in the portal's own markup. The only rules set aside are those axe reports inside
 * Vaadin components' shadow DOM that the portal cannot change (docs/decisions/0030).
 */
class AccessibilityBrowserIT extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    private FindingFixture findingFixture;
    @Autowired
    private HandoffFixture handoffFixture;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private JdbcTemplate jdbc;

    private long inspection;
    private long handoff;
    private long customer;

    @BeforeAll
    void arrangeRecords() {
        UserDetails supervisor = users.loadUserByUsername("giamsat");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(supervisor, null, supervisor.getAuthorities()));
        try {
            inspection = findingFixture.submittedWithFindings();
        } finally {
            SecurityContextHolder.clearContext();
        }
        handoff = HandoffFixture.id(handoffFixture.raise("tpbg.cskh1", handoffFixture.tpBacGiangCustomer()));
        // sent ten days ago: overdue, so the queue shows its tinted row with the "Quá hạn" flag
        Timestamp tenDaysAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(10)));
        jdbc.update("UPDATE handoff SET sent_at = ?, due_at = ? WHERE id = ?", tenDaysAgo, tenDaysAgo, handoff);
        customer = Objects.requireNonNull(jdbc.queryForObject(
                "SELECT customer_id FROM handoff WHERE id = ?", Long.class, handoff));
    }

    @BeforeEach
    void newVisitor() {
        browser.forgetEverything().laptopViewport();
    }

    Stream<Arguments> pagesByRole() {
        return Stream.of(
                Arguments.of("kehoach", List.of("", "notices", "campaigns", "campaigns/list", "campaign/6",
                        "campaign/9", "customers", "customer/" + customer, "customers/import", "segments",
                        "segments/new", "progress", "handoffs", "supervision/inspections", "supervision/actions",
                        "staff", "reports", MainLayout.PASSWORD_ROUTE)),
                Arguments.of("giamdoc", List.of("", "campaigns", "campaign/10", "progress")),
                Arguments.of("giamsat", List.of("", "supervision/inspections", "supervision/inspection/" + inspection,
                        "supervision/actions", "supervision/templates")),
                Arguments.of("admin", List.of("", "units", "staff", "audit", "sla-targets", "working-calendar")),
                Arguments.of("lucnam.truongphong", List.of("", "assignment", "progress",
                        "supervision/inspection/" + inspection, "supervision/actions")),
                Arguments.of("tpbg.cskh1", List.of("", "worklist", "handoffs", "handoffs/new",
                        "handoff/" + handoff)),
                Arguments.of("ttvt.tpbg", List.of("", "handoffs", "handoff/" + handoff)));
    }

    @ParameterizedTest(name = "{0} meets WCAG 2.1 AA on {1}")
    @MethodSource("pagesByRole")
    void everyPageTheRoleOpensHasNoAccessibilityViolation(String username, List<String> paths) {
        browser.signInAndWaitForShell(username, PASSWORD);
        List<String> violations = new ArrayList<>();
        for (String path : paths) {
            browser.open("/" + path);
            violations.addAll(violations("/" + path));
        }
        assertThat(violations).as("axe violations").isEmpty();
    }

    @ParameterizedTest(name = "{0} meets WCAG 2.1 AA on a phone on {1}")
    @CsvSource(delimiter = '|', value = {
            "kehoach    | /, /campaigns, /campaigns/list, /handoffs, /progress, /supervision/inspections",
            "tpbg.cskh1 | /worklist, /handoffs/new"})
    void onAPhoneThePagesHaveNoAccessibilityViolationEither(String username, String paths) {
        browser.signInAndWaitForShell(username, PASSWORD).viewport(390, 844);
        List<String> violations = new ArrayList<>();
        for (String path : paths.split(", ")) {
            browser.open(path);
            violations.addAll(violations(path + " (390 px)"));
        }
        assertThat(violations).as("axe violations").isEmpty();
    }

    @Test
    void theLoginPageAndAPageInEnglishHaveNoAccessibilityViolation() {
        browser.open("/login");
        List<String> violations = new ArrayList<>(violations("/login"));
        browser.signInAndWaitForShell("kehoach", PASSWORD).chooseLanguage("English");
        browser.waitUntilSettled();
        browser.open("/handoffs");
        violations.addAll(violations("/handoffs (English)"));
        assertThat(violations).as("axe violations").isEmpty();
    }

    @Test
    void theHtmlLanguageFollowsTheLanguageTheUserChooses() {
        browser.signInAndWaitForShell("kehoach", PASSWORD);
        assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("vi");

        browser.chooseLanguage("English");
        browser.waitForText(By.cssSelector(".logout"), "Sign out");

        assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("en");
        browser.open("/campaigns");
        assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("en");
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichLeadsToTheMainContent() {
        browser.signInAndWaitForShell("kehoach", PASSWORD).open("/campaigns");
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.script("return document.activeElement.textContent.trim();"))
                .isEqualTo("Bỏ qua đến nội dung chính");
        browser.screenshot("skip-link-focused.png");

        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(browser.script("return document.activeElement.getAttribute('role');")).isEqualTo("main");
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);

        assertThat(browser.script("return document.activeElement.closest('[role=main]') !== null;")).isEqualTo(true);
        assertThat(browser.script("return document.activeElement.textContent.trim();"))
                .isEqualTo("Xem dạng danh sách");
    }

    /** "page  rule  target  help  why  html" for each element in violation of a WCAG 2.1 A/AA rule. */
    private List<String> violations(String page) {
        browser.waitUntilSettled();
        List<String> found = new ArrayList<>();
        for (Rule rule : new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver()).getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                if (VAADIN_SHADOW_DOM.stream().noneMatch(exclusion -> exclusion.covers(rule.getId(), node))) {
                    found.add(String.join("  ", page, rule.getId(), String.valueOf(node.getTarget()), rule.getHelp(),
                            node.getFailureSummary().replace('\n', ' '), node.getHtml()));
                }
            }
        }
        return found;
    }

    /**
     * A violation axe finds inside a Vaadin component's shadow DOM, which the portal cannot change: the
     * rule, the component's tag and the words of axe's summary that name the shadow DOM's element.
     */
    private record Exclusion(String rule, String tag, String summaryNames) {

        boolean covers(String foundRule, CheckedNode node) {
            return rule.equals(foundRule) && node.getHtml().startsWith("<" + tag + " ")
                    && node.getFailureSummary().contains(summaryNames);
        }
    }

    /** Each one is listed with its reason in docs/decisions/0030. */
    private static final List<Exclusion> VAADIN_SHADOW_DOM = List.of(
            // a TabSheet's vaadin-tabs makes its own scroll box focusable when the tabs overflow
            new Exclusion("aria-required-children", "vaadin-tabs", "children which are not allowed: div[tabindex]"));
}
