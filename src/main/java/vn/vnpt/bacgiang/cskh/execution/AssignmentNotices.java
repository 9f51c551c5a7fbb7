package vn.vnpt.bacgiang.cskh.execution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.notice.Notice;
import vn.vnpt.bacgiang.cskh.notice.NoticeService;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;

/**
 * One notice per care staff member and assignment batch, never one per task (docs/decisions/0018): a
 * batch counts each assignee's open tasks before and after the bulk update, and tells everyone who
 * gained some how many customers they now have to care for, with a link to their worklist.
 */
@Component
class AssignmentNotices {

    private static final String OPEN_PER_ASSIGNEE = "SELECT assignee_id, COUNT(*) FROM care_task "
            + "WHERE state = 'OPEN' AND assignee_id IS NOT NULL AND unit_id = ? AND ";

    private final JdbcTemplate jdbc;
    private final NoticeService notices;
    private final CurrentUser currentUser;

    AssignmentNotices(JdbcTemplate jdbc, NoticeService notices, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.currentUser = currentUser;
    }

    /** Taken before assigning the campaign's tasks of the unit; {@link Batch#send()} once they are assigned. */
    Batch ofCampaign(long campaignId, long unitId) {
        String name = jdbc.queryForObject("SELECT name FROM campaign WHERE id = ?", String.class, campaignId);
        return new Batch(OPEN_PER_ASSIGNEE + "campaign_id = ?", List.of(unitId, campaignId),
                "execution.notice.assigned", name, "worklist?campaign=" + campaignId);
    }

    /** Taken before handing a staff member's open tasks of the unit, in every campaign, over to the given staff. */
    Batch ofHandover(long unitId, StaffMember from, Collection<StaffMember> to) {
        List<Object> args = new ArrayList<>(List.of(unitId));
        to.forEach(member -> args.add(member.id()));
        return new Batch(OPEN_PER_ASSIGNEE + "assignee_id IN ("
                + to.stream().map(member -> "?").collect(Collectors.joining(",")) + ")", args,
                "execution.notice.reassigned", from.name(), "worklist");
    }

    /** The open tasks per assignee when the batch began, and what to say to those who gained some. */
    final class Batch {

        private final String query;
        private final List<Object> args;
        private final String messageKey;
        private final String about;
        private final String link;
        private final Map<Long, Long> before;

        private Batch(String query, List<Object> args, String messageKey, String about, String link) {
            this.query = query;
            this.args = args;
            this.messageKey = messageKey;
            this.about = about;
            this.link = link;
            this.before = loads();
        }

        void send() {
            long actor = currentUser.require().id();
            loads().forEach((assignee, open) -> {
                long gained = open - before.getOrDefault(assignee, 0L);
                if (gained > 0 && assignee != actor) {
                    notices.send(assignee, Notice.ASSIGNMENT, messageKey, List.of(VnFormats.number(gained), about),
                            link);
                }
            });
        }

        private Map<Long, Long> loads() {
            Map<Long, Long> loads = new TreeMap<>();
            jdbc.query(query + " GROUP BY assignee_id", row -> {
                loads.put(row.getLong(1), row.getLong(2));
            }, args.toArray());
            return loads;
        }
    }
}
