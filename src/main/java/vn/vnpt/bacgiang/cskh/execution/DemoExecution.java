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
import vn.vnpt.bacgiang.cskh.campaign.CareTouches;

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
                visitWithGift(campaign);
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

    /** The demo's VIP visits are booked by a call, then visited with a gift (see {@link CareTouches}). */
    private void visitWithGift(long campaign) {
        jdbc.update("UPDATE campaign_orientation o JOIN campaign c ON c.id = o.campaign_id SET o.touches = ?, "
                + "o.channels = 'CALL,VISIT' WHERE c.id = ? AND c.programme_type = 'VIP_VISIT'",
                CareTouches.CALL_THEN_VISIT_WITH_GIFT.name(), campaign);
    }

    private int logContacts(long campaign) {
        Instant now = clock.instant();
        CareTouches touches = jdbc.queryForList("SELECT touches FROM campaign_orientation WHERE campaign_id = ?",
                String.class, campaign).stream().map(CareTouches::valueOf).findFirst().orElse(CareTouches.CALL_ONLY);
        Long gift = jdbc.queryForObject("SELECT MIN(id) FROM budget_line WHERE campaign_id = ? AND category = 'GIFT'",
                Long.class, campaign);
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
                if (touches.needsVisit() && step == 'A') {
                    logged += bookAndVisit(task, staff, (String) row[2], at, gift, index, now);
                    break;
                }
                Instant callback = outcome == ContactOutcome.NOT_REACHED ? at.plus(Duration.ofDays(2)) : null;
                if (callback != null && step == steps.charAt(steps.length() - 1) && steps.length() == 1) {
                    callback = LocalDate.ofInstant(now, VnFormats.ZONE).plusDays(1 + index % 3)
                            .atTime(LocalTime.of(8, 0).plusMinutes(30L * (index % 17))).atZone(VnFormats.ZONE)
                            .toInstant(); // still to call back, in working hours of the next days
                }
                boolean gives = reached && step == 'A' && gift != null;
                ContactEntry entry = new ContactEntry(task.getId(), task.getVersion(), channel, outcome,
                        gives ? gift : null, gives ? 1 : 0, reached ? 3 + index % 3 : null, callback, null,
                        reached ? "Khách hàng cảm ơn VNPT" : null, null);
                log(task, staff, (String) row[2], at, entry, touches, null);
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

    /**
     * A call that books the visit: half the tasks were visited on the booked day with a gift, the
     * others keep their appointment, today or tomorrow, so "today's appointments" has rows.
     */
    private int bookAndVisit(CareTask task, long staff, String name, Instant at, @Nullable Long gift, int index,
                             Instant now) {
        LocalDate today = LocalDate.ofInstant(now, VnFormats.ZONE);
        boolean visited = index % 4 == 3;
        LocalDate day = visited ? LocalDate.ofInstant(at, VnFormats.ZONE).plusDays(1)
                : today.plusDays(index % 8 == 1 ? 0 : 1);
        Instant appointment = day.atTime(LocalTime.of(8, 30).plusMinutes(45L * (index % 11))).atZone(VnFormats.ZONE)
                .toInstant();
        log(task, staff, name, at, new ContactEntry(task.getId(), task.getVersion(), CareChannel.CALL,
                ContactOutcome.REACHED_ACCEPTED, null, 0, 5, null, appointment, "Khách hàng hẹn tiếp tại nhà", null),
                CareTouches.CALL_THEN_VISIT_WITH_GIFT, appointment);
        if (!visited || appointment.isAfter(now)) {
            return 1;
        }
        log(task, staff, name, appointment, new ContactEntry(task.getId(), task.getVersion(), CareChannel.VISIT,
                ContactOutcome.REACHED_ACCEPTED, gift, gift == null ? 0 : 1, 5, null, null, "Đã trao quà, khách hàng "
                + "ký nhận", null), CareTouches.CALL_THEN_VISIT_WITH_GIFT, null);
        return 2;
    }

    private void log(CareTask task, long staff, String name, Instant at, ContactEntry entry, CareTouches touches,
                     @Nullable Instant appointment) {
        CareContact contact = contacts.save(new CareContact(task, staff, name, at, entry, appointment));
        task.record(java.util.Objects.requireNonNull(entry.outcome()), java.util.Objects.requireNonNull(
                entry.channel()), touches, contact.getGiftQuantity(),
                GiftLine.cost(jdbc, entry.giftLineId(), contact.getGiftQuantity()), entry.satisfaction(),
                entry.callbackAt(), appointment, at);
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
