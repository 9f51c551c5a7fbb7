package vn.vnpt.bacgiang.cskh.execution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;

/**
 * The run command's campaigns in execution were inserted there, so they never went through the
 * move that distributes tasks: once their members are frozen (after {@code campaign.DemoMembers},
 * order 10), each one without tasks is distributed, every unit's manager assigns by store, and
 * contacts are logged over the past three weeks in every outcome, leaving tasks in every state and
 * most of them still open so that the worklists are worth opening.
 */
@Component
@Profile("demo")
class DemoExecution {

    private static final Logger log = LoggerFactory.getLogger(DemoExecution.class);
    /** What happens to the n-th task of a staff member, n mod 20; null leaves it untouched (open). */
    private static final List<@Nullable String> PATTERN = java.util.Arrays.asList("A", "D", null, "N", null,
            "NNN", "A", null, "W", null, "NA", "M", null, "D", null, "N", "A", null, null, null);

    private final Distribution distribution;
    private final AssignmentService assignments;
    private final CareTaskRepository tasks;
    private final CareContactRepository contacts;
    private final JdbcTemplate jdbc;
    private final UserDetailsService users;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoExecution(Distribution distribution, AssignmentService assignments, CareTaskRepository tasks,
                  CareContactRepository contacts, JdbcTemplate jdbc, UserDetailsService users,
                  TransactionTemplate transaction, Clock clock) {
        this.distribution = distribution;
        this.assignments = assignments;
        this.tasks = tasks;
        this.contacts = contacts;
        this.jdbc = jdbc;
        this.users = users;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void carryOutDemoCampaigns() {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            for (long campaign : jdbc.queryForList("SELECT id FROM campaign c WHERE state = 'EXECUTION' AND NOT EXISTS "
                    + "(SELECT 1 FROM care_task t WHERE t.campaign_id = c.id) ORDER BY id", Long.class)) {
                signIn("kehoach");
                Integer created = transaction.execute(status -> distribution.distribute(campaign));
                for (String manager : jdbc.queryForList("SELECT DISTINCT a.username FROM care_task t JOIN user_account a "
                        + "ON a.unit_id = t.unit_id JOIN user_role r ON r.user_id = a.id AND r.role = 'SALES_MANAGER' "
                        + "WHERE t.campaign_id = ? ORDER BY a.username", String.class, campaign)) {
                    signIn(manager);
                    assignments.assignByStore(campaign);
                }
                int logged = Objects.requireNonNullElse(transaction.execute(status -> logContacts(campaign)), 0);
                log.info("Demo campaign {} in execution: {} care tasks, {} contacts logged", campaign, created, logged);
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private int logContacts(long campaign) {
        Instant now = clock.instant();
        List<CareChannel> channels = jdbc.queryForList("SELECT channels FROM campaign_orientation WHERE campaign_id = ?",
                String.class, campaign).stream().flatMap(text -> java.util.Arrays.stream(text.split(",")))
                .filter(name -> !name.isBlank()).map(CareChannel::valueOf).sorted().toList();
        if (channels.isEmpty()) {
            channels = List.of(CareChannel.CALL);
        }
        int logged = 0;
        List<Object[]> rows = jdbc.query("SELECT t.id, t.assignee_id, a.full_name FROM care_task t JOIN user_account a "
                + "ON a.id = t.assignee_id WHERE t.campaign_id = ? ORDER BY t.assignee_id, t.id",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)}, campaign);
        long staff = -1;
        int index = 0;
        for (Object[] row : rows) {
            if ((long) row[1] != staff) {
                staff = (long) row[1];
                index = 0;
            }
            String steps = PATTERN.get(index % PATTERN.size());
            index++;
            if (steps == null) {
                continue;
            }
            CareTask task = tasks.findById((long) row[0]).orElseThrow();
            Instant at = now.minus(Duration.ofDays(2L + (index * 7L) % 19)).minus(Duration.ofMinutes(index * 37L % 480));
            for (char step : steps.toCharArray()) {
                ContactOutcome outcome = outcome(step);
                boolean reached = outcome.reached();
                CareChannel channel = channels.get((index + logged) % channels.size());
                Instant callback = outcome == ContactOutcome.NOT_REACHED ? at.plus(Duration.ofDays(2)) : null;
                if (callback != null && step == steps.charAt(steps.length() - 1) && steps.length() == 1) {
                    callback = LocalDate.ofInstant(now, VnFormats.ZONE).plusDays(1 + index % 3)
                            .atTime(LocalTime.of(8, 0).plusMinutes(30L * (index % 17))).atZone(VnFormats.ZONE)
                            .toInstant(); // still to call back, in working hours of the next days
                }
                ContactEntry entry = new ContactEntry(task.getId(), task.getVersion(), channel, outcome,
                        reached && step == 'A', reached ? 3 + index % 3 : null, callback,
                        reached ? "Khách hàng cảm ơn VNPT" : null);
                contacts.save(new CareContact(task, staff, (String) row[2], at, entry));
                ExecutionService.record(task, entry, at);
                logged++;
                at = at.plus(Duration.ofDays(2));
                if (task.getState() != TaskState.OPEN) {
                    break;
                }
            }
        }
        tasks.flush();
        return logged;
    }

    private static ContactOutcome outcome(char step) {
        return switch (step) {
            case 'A' -> ContactOutcome.REACHED_ACCEPTED;
            case 'D' -> ContactOutcome.REACHED_DECLINED;
            case 'W' -> ContactOutcome.WRONG_NUMBER;
            case 'M' -> ContactOutcome.MOVED_AWAY;
            default -> ContactOutcome.NOT_REACHED;
        };
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
