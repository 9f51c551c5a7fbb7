package vn.vnpt.bacgiang.cskh.scorecard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.campaign.CampaignService;
import vn.vnpt.bacgiang.cskh.execution.ExecutionFixture;
import vn.vnpt.bacgiang.cskh.handoff.HandoffFixture;
import vn.vnpt.bacgiang.cskh.security.PortalUser;
import vn.vnpt.bacgiang.cskh.supervision.FindingFixture;

/**
 * Something for every column of the scorecard, as of {@code now}: a campaign in execution in Việt Yên and Lạng
 * Giang with tasks untouched for ten days and some overdue, Việt Yên's readiness confirmed late and Lạng
 * Giang's in time, an overdue corrective action in Lục Nam, and hand-offs to the TTVTs of TP Bắc Giang and
 * Yên Dũng accepted late, bounced and overdue. The caller's transaction rolls it all back.
 */
@Component
public class ScorecardFixture {

    private final JdbcTemplate jdbc;
    private final CampaignService campaigns;
    private final FindingFixture findings;
    private final HandoffFixture handoffs;
    private final UserDetailsService users;
    /** The {@link TestClock} in service and UI tests; a plain {@code Clock} parameter so browser tests can start. */
    private final Clock clock;

    ScorecardFixture(JdbcTemplate jdbc, CampaignService campaigns, FindingFixture findings, HandoffFixture handoffs,
                     UserDetailsService users, Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.findings = findings;
        this.handoffs = handoffs;
        this.users = users;
        this.clock = clock;
    }

    public void arrange(LocalDateTime now) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        TestClock clock = (TestClock) this.clock;
        clock.stopAt(now.minusDays(3));
        signIn("giamsat");
        long inspection = findings.submittedWithFindings();
        signIn("lucnam.truongphong");
        findings.acknowledgedWithAction(inspection, FindingFixture.NOT_HANDED_OUT, now.toLocalDate().minusDays(2));
        long campaign = ExecutionFixture.campaignInReadiness(jdbc, "Bảng điểm phối hợp",
                List.of(ExecutionFixture.BICH_DONG, ExecutionFixture.BICH_DONG, ExecutionFixture.NENH,
                        ExecutionFixture.VOI, ExecutionFixture.VOI, ExecutionFixture.VOI));
        signIn("giamdoc");
        ExecutionFixture.startExecution(campaigns, campaign);
        handoffs.raise("tpbg.cskh1", handoffs.tpBacGiangCustomer());
        handoffs.raise("tpbg.cskh1", handoffs.tpBacGiangCustomer());
        handoffs.raise("yendung.cskh1", handoffs.yenDungCustomer());
        clock.stopAt(now);
        SecurityContextHolder.getContext().setAuthentication(previous);

        Instant at = clock.instant();
        jdbc.update("UPDATE care_task SET created_at = ? WHERE state = 'OPEN' AND contacts = 0 AND MOD(id, 4) <> 1",
                utc(at.minus(Duration.ofDays(10))));
        jdbc.update("UPDATE care_task SET due_at = ? WHERE state = 'OPEN' AND MOD(id, 2) = 0", utc(at.minusSeconds(3600)));
        jdbc.update("INSERT INTO campaign_transition (campaign_id, from_state, to_state, actor_id, actor_name, at) "
                + "VALUES (?, 'APPROVED', 'READINESS', 4, 'Lê Minh Đức', ?)", campaign, utc(at.minus(Duration.ofDays(20))));
        jdbc.update("INSERT INTO unit_readiness (campaign_id, unit_id, unit_name, unit_path, confirmed_at) "
                + "SELECT ?, id, name, path, ? FROM unit WHERE id = ?", campaign, utc(at.minus(Duration.ofDays(1))),
                ExecutionFixture.VIET_YEN);
        jdbc.update("INSERT INTO unit_readiness (campaign_id, unit_id, unit_name, unit_path, confirmed_at) "
                + "SELECT ?, id, name, path, ? FROM unit WHERE id = ?", campaign, utc(at.minus(Duration.ofDays(19))),
                ExecutionFixture.LANG_GIANG);
        jdbc.update("UPDATE handoff SET sent_at = ?, accept_sla_met = (MOD(id, 2) = 1), bounces = MOD(id, 3)",
                utc(at.minus(Duration.ofDays(2))));
        jdbc.update("UPDATE handoff SET due_at = ? WHERE is_open AND MOD(id, 2) = 0", utc(at.minusSeconds(60)));
        jdbc.update("UPDATE handoff SET due_at = ? WHERE is_open AND MOD(id, 2) = 1", utc(at.plusSeconds(3600)));
    }

    private void signIn(String username) {
        PortalUser user = (PortalUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
