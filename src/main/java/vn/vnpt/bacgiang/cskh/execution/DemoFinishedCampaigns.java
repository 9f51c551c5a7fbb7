package vn.vnpt.bacgiang.cskh.execution;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.campaign.CareChannel;
import vn.vnpt.bacgiang.cskh.campaign.CareTouches;
import vn.vnpt.bacgiang.cskh.security.ActingUser;

/**
 * The run command's campaigns past supervision (in EVALUATION and CLOSED) were inserted there, so their
 * care work never happened: once their members are frozen, each one without tasks has them distributed
 * by the planner, spread over each unit's care staff and worked to the end within the campaign's period —
 * most customers reached, some unreachable after three attempts, a few wrong numbers or moved away —
 * so their progress pages show a finished campaign. Written as the history it stands for: a closed
 * campaign refuses new work through the services; a task nobody worked is closed as not done, as the move
 * into evaluation does. Runs once per campaign, while it has no task.
 */
@Component
@Profile("demo")
class DemoFinishedCampaigns {

    private static final Logger log = LoggerFactory.getLogger(DemoFinishedCampaigns.class);
    /** What happened to the n-th task of a staff member, n mod 20 (see {@link #steps}): every task ends worked. */
    private static final List<String> PATTERN = Arrays.asList("A", "D", "A", "NA", "A", "NNN", "A", "W", "ND", "A",
            "NNA", "D", "A", "M", "A", "NNN", "A", "D", "A", "A");

    private final Distribution distribution;
    private final CareTaskRepository tasks;
    private final CareContactRepository contacts;
    private final JdbcTemplate jdbc;
    private final ActingUser acting;
    private final TransactionTemplate transaction;
    private final EvaluationCloseOut closeOut;

    DemoFinishedCampaigns(Distribution distribution, CareTaskRepository tasks, CareContactRepository contacts,
                          JdbcTemplate jdbc, ActingUser acting, TransactionTemplate transaction,
                          EvaluationCloseOut closeOut) {
        this.closeOut = closeOut;
        this.distribution = distribution;
        this.tasks = tasks;
        this.contacts = contacts;
        this.jdbc = jdbc;
        this.acting = acting;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    void workFinishedDemoCampaigns() {
        for (long campaign : jdbc.queryForList("SELECT id FROM campaign c WHERE state IN ('EVALUATION', 'CLOSED') "
                + "AND EXISTS (SELECT 1 FROM campaign_member m WHERE m.campaign_id = c.id) "
                + "AND NOT EXISTS (SELECT 1 FROM care_task t WHERE t.campaign_id = c.id) ORDER BY id", Long.class)) {
            acting.run("kehoach", planner -> transaction.executeWithoutResult(status -> {
                int created = distribution.distribute(campaign);
                spread(campaign);
                int logged = work(campaign);
                tasks.flush();
                closeOut.closeOpenTasks(campaign);
                log.info("Demo campaign {} past supervision: {} care tasks, {} contacts logged", campaign, created,
                        logged);
            }));
        }
    }

    /** Each unit's tasks in turn to the care staff of the unit and its stores, as the manager spreads them evenly. */
    private void spread(long campaign) {
        Map<Long, List<Long>> staff = new HashMap<>();
        jdbc.query("SELECT DISTINCT t.unit_id, a.id FROM care_task t JOIN unit u ON u.id = t.unit_id "
                + "JOIN unit s ON s.path LIKE CONCAT(u.path, '%') JOIN user_account a ON a.unit_id = s.id AND a.enabled "
                + "JOIN user_role r ON r.user_id = a.id AND r.role = 'CARE_STAFF' WHERE t.campaign_id = ? "
                + "ORDER BY t.unit_id, a.id", row -> {
                    staff.computeIfAbsent(row.getLong(1), unit -> new ArrayList<>()).add(row.getLong(2));
                }, campaign);
        Map<Long, Integer> turn = new HashMap<>();
        List<Object[]> assignments = new ArrayList<>();
        jdbc.query("SELECT id, unit_id FROM care_task WHERE campaign_id = ? ORDER BY id", row -> {
            List<Long> people = staff.get(row.getLong(2));
            if (people != null) {
                int n = turn.merge(row.getLong(2), 1, Integer::sum) - 1;
                assignments.add(new Object[] {people.get(n % people.size()), row.getLong(1)});
            }
        }, campaign);
        jdbc.batchUpdate("UPDATE care_task SET assignee_id = ?, version = version + 1 WHERE id = ?", assignments);
    }

    private int work(long campaign) {
        LocalDate start = jdbc.queryForObject("SELECT period_start FROM campaign WHERE id = ?", LocalDate.class,
                campaign);
        LocalDate end = jdbc.queryForObject("SELECT period_end FROM campaign WHERE id = ?", LocalDate.class, campaign);
        long days = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(start, end) - 5);
        Long gift = jdbc.queryForObject("SELECT MIN(id) FROM budget_line WHERE campaign_id = ? AND category = 'GIFT'",
                Long.class, campaign);
        List<CareChannel> channels = jdbc.queryForList("SELECT channels FROM campaign_orientation WHERE campaign_id = ?",
                String.class, campaign).stream().flatMap(text -> Arrays.stream(text.split(",")))
                .filter(name -> !name.isBlank()).map(CareChannel::valueOf).filter(channel -> channel != CareChannel.VISIT)
                .sorted().toList();
        if (channels.isEmpty()) {
            channels = List.of(CareChannel.CALL);
        }
        List<Object[]> rows = jdbc.query("SELECT t.id, t.assignee_id, a.full_name FROM care_task t JOIN user_account a "
                + "ON a.id = t.assignee_id WHERE t.campaign_id = ? ORDER BY t.assignee_id, t.id",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)}, campaign);
        int logged = 0;
        long staff = -1;
        int index = 0;
        for (Object[] row : rows) {
            if ((long) row[1] != staff) {
                staff = (long) row[1];
                index = 0;
            }
            String steps = steps(staff, index);
            CareTask task = tasks.findById((long) row[0]).orElseThrow();
            Instant at = start.plusDays(index * 7L % days).atTime(LocalTime.of(8, 0).plusMinutes(index * 37L % 480))
                    .atZone(VnFormats.ZONE).toInstant();
            for (char step : steps.toCharArray()) {
                ContactOutcome outcome = switch (step) {
                    case 'A' -> ContactOutcome.REACHED_ACCEPTED;
                    case 'D' -> ContactOutcome.REACHED_DECLINED;
                    case 'W' -> ContactOutcome.WRONG_NUMBER;
                    case 'M' -> ContactOutcome.MOVED_AWAY;
                    default -> ContactOutcome.NOT_REACHED;
                };
                boolean reached = outcome.reached();
                CareChannel channel = channels.get((index + logged) % channels.size());
                boolean gives = step == 'A' && gift != null && channel != CareChannel.SMS;
                @Nullable Instant callback = outcome == ContactOutcome.NOT_REACHED ? at.plus(Duration.ofDays(2)) : null;
                ContactEntry entry = new ContactEntry(task.getId(), task.getVersion(), channel, outcome,
                        gives ? gift : null, gives ? 1 : 0, reached ? 3 + index % 3 : null, callback, null,
                        reached ? "Khách hàng cảm ơn VNPT" : null, null);
                CareContact contact = contacts.save(new CareContact(task, staff, (String) row[2], at, entry, null));
                task.record(outcome, channel, CareTouches.CALL_ONLY, contact.getGiftQuantity(),
                        GiftLine.cost(jdbc, entry.giftLineId(), contact.getGiftQuantity()), entry.satisfaction(),
                        callback, null, at);
                logged++;
                at = at.plus(Duration.ofDays(2));
            }
            index++;
        }
        tasks.flush();
        return logged;
    }

    /** The pattern's steps, a little better for some staff (every third reaches nearly all) and worse for others. */
    private static String steps(long staff, int index) {
        String steps = PATTERN.get(index % PATTERN.size());
        if (staff % 3 == 0 && steps.equals("NNN")) {
            return "NA";
        }
        if (staff % 3 == 2 && index % PATTERN.size() >= 17) {
            return "NNN";
        }
        return steps;
    }
}
