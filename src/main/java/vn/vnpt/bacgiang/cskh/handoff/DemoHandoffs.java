package vn.vnpt.bacgiang.cskh.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import vn.vnpt.bacgiang.cskh.customer.Service;
import vn.vnpt.bacgiang.cskh.org.District;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * The run command's demo hand-offs, dated back from the clock so the queue's flags mean something on
 * the first start: in six districts, every state, some overdue and escalated, some bounced, threads
 * with a few messages, plus complaints to ĐHNV and an enterprise request to PBH DN. Each names a
 * subscription of the service it is about (a fibre fault names the customer's FiberVNN line), and two
 * per district were raised from the requester's care task of the demo campaign in execution. Each side
 * gets the notices of what now waits on it, as the real raise or move would have sent them. Runs once,
 * on an empty hand-off table, after the demo customers and care tasks are loaded.
 */
@Component
@Profile("demo")
class DemoHandoffs {

    private static final Logger log = LoggerFactory.getLogger(DemoHandoffs.class);
    private static final List<String> DISTRICTS = List.of("tpbg", "lucnam", "lucngan", "vietyen", "yendung",
            "tanyen");

    private final HandoffRepository handoffs;
    private final HandoffEventRepository events;
    private final HandoffPauseRepository pauses;
    private final SlaTargetRepository targets;
    private final HandoffPacker packer;
    private final ReceivingUnits receivers;
    private final HandoffSla sla;
    private final HandoffEscalation escalation;
    private final HandoffNotices notices;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final List<DemoStory> stories = new ArrayList<>();

    DemoHandoffs(HandoffRepository handoffs, HandoffEventRepository events, HandoffPauseRepository pauses,
                 SlaTargetRepository targets, HandoffPacker packer, ReceivingUnits receivers, HandoffSla sla,
                 HandoffEscalation escalation, HandoffNotices notices, UserDetailsService users, JdbcTemplate jdbc,
                 TransactionTemplate transaction, Clock clock) {
        this.handoffs = handoffs;
        this.events = events;
        this.pauses = pauses;
        this.targets = targets;
        this.packer = packer;
        this.receivers = receivers;
        this.sla = sla;
        this.escalation = escalation;
        this.notices = notices;
        this.users = users;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    void raiseDemoHandoffs() {
        if (handoffs.count() > 0) {
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            Integer raised = transaction.execute(status -> {
                for (int i = 0; i < DISTRICTS.size(); i++) {
                    district(DISTRICTS.get(i), i);
                }
                stories.forEach(this::save);
                stories.forEach(story -> notify(story.handoff()));
                return stories.size();
            });
            var result = escalation.run(clock.instant());
            log.info("Raised {} demo hand-offs ({} warned, {} escalated)", raised, result.warned(),
                    result.escalated());
        } finally {
            stories.clear();
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void save(DemoStory story) {
        Handoff handoff = story.handoff();
        sla.recompute(handoff, story.clockPauses());
        handoffs.saveAndFlush(handoff);
        long id = Objects.requireNonNull(handoff.getId());
        events.saveAll(story.events(id));
        pauses.saveAll(story.pauses(id));
    }

    /** The notice of the story's last move when that move left the next step to the one notified. */
    private void notify(Handoff handoff) {
        switch (handoff.getState()) {
            case SENT -> notices.toReceivers(handoff, "handoff.notice.received");
            case RETURNED -> notices.toRequester(handoff, "handoff.notice.returned");
            case RESOLVED -> notices.toRequester(handoff, "handoff.notice.resolved");
            default -> {
            }
        }
    }

    private void district(String district, int index) {
        PortalUser requester = signIn(district + ".cskh1");
        Long customers = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT id FROM customer WHERE unit_id = ? LIMIT 10) c",
                Long.class, requester.unitId());
        if (customers == null || customers < 10) {
            return;
        }
        Picker pick = new Picker(requester);
        DemoStory.Actor me = actor(requester.getUsername());
        DemoStory.Actor ttvt = actor("ttvt." + district);
        story(pick.fromTask(Service.FIBERVNN), HandoffType.REPAIR, HandoffPriority.NORMAL, me, ttvt, ago(25),
                "Khách báo Internet chập chờn buổi tối, đã hướng dẫn khởi động lại modem nhưng không cải thiện.");
        story(pick.of(Service.MYTV), HandoffType.INSTALLATION, HandoffPriority.HIGH, me, ttvt,
                ago(index % 2 == 0 ? 600 : 150),
                "Khách đăng ký lắp MyTV bổ sung, hẹn lắp trong tuần; cần khảo sát cáp vào nhà.");
        story(pick.of(Service.FIXED_LINE), HandoffType.REPAIR, HandoffPriority.NORMAL, me, ttvt, ago(340),
                "Mất tín hiệu điện thoại cố định từ hai ngày nay.").after(20).move(HandoffMove.ACCEPT)
                .after(10).move(HandoffMove.START)
                .after(15).receiverSays("Kỹ thuật sẽ qua kiểm tra hộp cáp đầu ngõ, nhờ báo khách có nhà.")
                .after(10).requesterSays("Khách có nhà cả ngày, số liên hệ như trong phiếu.");
        story(pick.of(Service.FIBERVNN), HandoffType.RELOCATION, HandoffPriority.NORMAL, me, ttvt, ago(300),
                "Khách chuyển nhà sang thôn bên cạnh, đề nghị chuyển đường FiberVNN theo địa chỉ mới.")
                .after(30).move(HandoffMove.ACCEPT).after(20).move(HandoffMove.START)
                .after(30).move(HandoffMove.WAIT, "Khách chưa hoàn thiện nhà mới, hẹn báo lại ngày kéo cáp.")
                .after(5).receiverSays("Khi khách sẵn sàng, cửa hàng báo lại để chúng tôi tiếp tục.");
        story(pick.of(Service.FIBERVNN), HandoffType.REPAIR, HandoffPriority.HIGH, me, ttvt, ago(240),
                "Khách VIP báo mất mạng toàn bộ, ảnh hưởng kinh doanh.").after(10).move(HandoffMove.ACCEPT)
                .after(5).move(HandoffMove.START)
                .after(60).move(HandoffMove.RESOLVE, "Đã thay dây nhảy quang bị gãy, kiểm tra tốc độ đạt gói cước.");
        story(pick.of(Service.FIBERVNN), HandoffType.INSTALLATION, HandoffPriority.NORMAL, me, ttvt, ago(1200),
                "Lắp đặt mới FiberVNN gói Home Net 2 theo hợp đồng đã ký.").after(30).move(HandoffMove.ACCEPT)
                .after(60).move(HandoffMove.START).after(180).move(HandoffMove.RESOLVE, "Đã lắp đặt và bàn giao.")
                .after(60).move(HandoffMove.CONFIRM);
        story(pick.of(Service.FIBERVNN), HandoffType.RELOCATION, HandoffPriority.LOW, me, ttvt, ago(120),
                "Chuyển địa điểm lắp đặt.").after(20)
                .move(HandoffMove.RETURN, "Thiếu địa chỉ mới và số điện thoại liên hệ tại địa chỉ mới.");
        story(pick.of(Service.FIBERVNN), HandoffType.REPAIR, HandoffPriority.URGENT, me, ttvt, ago(index % 3 == 0 ? 420 : 100),
                "Mất kết nối tại trạm y tế xã.").after(10)
                .move(HandoffMove.RETURN, "Sai mã thuê bao, đề nghị kiểm tra lại.")
                .after(10).move(HandoffMove.RESEND).after(10).move(HandoffMove.ACCEPT).after(5).move(HandoffMove.START);
        DemoStory.Actor operations = actor("kehoach");
        story(pick.fromTask(Service.VINAPHONE_POSTPAID), HandoffType.COMPLAINT, index % 2 == 0 ? HandoffPriority.HIGH : HandoffPriority.NORMAL,
                me, operations, ago(index % 2 == 0 ? 500 : 60),
                "Khách khiếu nại cước tháng trước cao bất thường, đề nghị đối soát chi tiết cuộc gọi.")
                .after(30).move(HandoffMove.ACCEPT)
                .after(20).receiverSays("Đã lấy chi tiết cước, đang đối soát với trung tâm tính cước.");
        if (index == 0) {
            story(pick.of(Service.VINAPHONE_POSTPAID), HandoffType.ENTERPRISE, HandoffPriority.NORMAL, me, actor("pbhdn.cskh"), ago(90),
                    "Khách là công ty nhỏ, muốn chuyển sang gói doanh nghiệp có hóa đơn VAT.");
        }
    }

    private DemoStory story(Pick pick, HandoffType type, HandoffPriority priority, DemoStory.Actor requester,
                            DemoStory.Actor receiver, Instant sentAt, String description) {
        PortalUser user = (PortalUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        List<ContactRecord> contacts = List.of(new ContactRecord(sentAt.minus(Duration.ofDays(2)),
                requester.name(), "campaign.channel.CALL", "execution.outcome.NOT_REACHED", null), new ContactRecord(
                sentAt.minus(Duration.ofMinutes(30)), requester.name(), "campaign.channel.CALL",
                "execution.outcome.REACHED_ACCEPTED", description));
        ContextPacket packet = packer.pack(new HandoffDraft(pick.customerId(), pick.subscriptionId(), pick.campaignId(),
                pick.taskId(), null, type, priority, null, description, contacts));
        ReceivingUnits.Receiver unit = receivers.defaultFor(type, packet.customerDistrict() == null ? null
                : District.valueOf(packet.customerDistrict())).orElseThrow();
        Handoff handoff = new Handoff(type, priority, description);
        handoff.requestedBy(user.id(), user.displayName(), user.unitId(), user.unitName(), user.unitPath());
        handoff.sendTo(unit.id(), unit.name());
        handoff.packet(packet);
        handoff.targets(targets.findByTypeAndPriority(type, priority).orElseThrow());
        DemoStory story = new DemoStory(handoff, requester, receiver, sentAt, sla);
        stories.add(story);
        return story;
    }

    /** The customer a story is about, the subscription it names and the care task it was raised from, if any. */
    private record Pick(long customerId, @Nullable Long subscriptionId, @Nullable Long campaignId,
                        @Nullable Long taskId) {
    }

    /** Picks each story of a district a customer of its own, with an active subscription of the service it is about. */
    private final class Picker {

        private final PortalUser requester;
        private final Set<Long> used = new HashSet<>();

        Picker(PortalUser requester) {
            this.requester = requester;
        }

        /** A customer of the requester's store with the service, else (a store without one) any customer, naming no subscription. */
        Pick of(Service service) {
            List<Pick> candidates = jdbc.query("SELECT c.id, s.id AS subscription_id FROM customer c "
                    + "LEFT JOIN subscription s ON s.customer_id = c.id AND s.service = ? AND s.status = 'ACTIVE' "
                    + "WHERE c.unit_id = ? ORDER BY s.id IS NULL, c.id LIMIT 40", (rs, row) -> new Pick(rs.getLong("id"),
                    rs.getObject("subscription_id", Long.class), null, null), service.name(), requester.unitId());
            return first(candidates);
        }

        /** A customer of one of the requester's open care tasks with the service, else as {@link #of}. */
        Pick fromTask(Service service) {
            List<Pick> candidates = jdbc.query("SELECT t.customer_id, MIN(s.id) AS subscription_id, t.campaign_id, "
                    + "t.id FROM care_task t JOIN subscription s ON s.customer_id = t.customer_id AND s.service = ? "
                    + "AND s.status = 'ACTIVE' WHERE t.assignee_id = ? AND t.state = 'OPEN' "
                    + "GROUP BY t.id, t.customer_id, t.campaign_id ORDER BY t.id LIMIT 40", (rs, row) -> new Pick(
                    rs.getLong("customer_id"), rs.getLong("subscription_id"), rs.getLong("campaign_id"),
                    rs.getLong("id")), service.name(), requester.id());
            return candidates.stream().filter(candidate -> used.add(candidate.customerId())).findFirst()
                    .orElseGet(() -> of(service));
        }

        private Pick first(List<Pick> candidates) {
            return candidates.stream().filter(candidate -> used.add(candidate.customerId())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No customer left for a demo hand-off"));
        }
    }

    private Instant ago(int workingMinutes) {
        Instant now = clock.instant();
        Instant at = now;
        Duration wanted = Duration.ofMinutes(workingMinutes);
        while (sla.workingTimeBetween(at, now).compareTo(wanted) < 0) {
            at = at.minus(Duration.ofMinutes(15));
        }
        return at;
    }

    private PortalUser signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return (PortalUser) user;
    }

    private DemoStory.Actor actor(String username) {
        Map<String, Object> row = jdbc.queryForMap("SELECT a.id, a.full_name, u.name FROM user_account a "
                + "JOIN unit u ON u.id = a.unit_id WHERE a.username = ?", username);
        return new DemoStory.Actor(((Number) row.get("id")).longValue(), (String) row.get("full_name"),
                (String) row.get("name"));
    }
}
