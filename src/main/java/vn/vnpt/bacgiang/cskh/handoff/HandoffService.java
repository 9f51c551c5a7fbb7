package vn.vnpt.bacgiang.cskh.handoff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.audit.AuditTrail;
import vn.vnpt.bacgiang.cskh.base.RecordNotFound;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.org.District;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permission;
import vn.vnpt.bacgiang.cskh.security.Permissions;
import vn.vnpt.bacgiang.cskh.security.PortalUser;
import vn.vnpt.bacgiang.cskh.sla.Pause;
import vn.vnpt.bacgiang.cskh.sla.SlaClock;
import vn.vnpt.bacgiang.cskh.sla.WorkingTime;

/**
 * Hand-offs and their life cycle. Every move is guarded by {@link HandoffMove} (state and side), made on
 * the version the user read, recomputes the deadline, and is written to the thread and the audit trail
 * in one transaction. Queries apply the user's side: the units they request for, the unit they work in,
 * or everything for ĐHNV, the Director and Admins.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class HandoffService {

    /** The SLA figures: hand-off readers other than care staff (those who log contacts). */
    static final String SLA_READ = Permissions.HAS_HANDOFF_READ + " and !hasAuthority('" + Permissions.TASK_WORK + "')";

    private final HandoffRepository handoffs;
    private final HandoffEventRepository events;
    private final HandoffPauseRepository pauses;
    private final SlaTargetRepository targets;
    private final HandoffSla sla;
    private final HandoffPacker packer;
    private final ReceivingUnits receivers;
    private final HandoffNotices notices;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    HandoffService(HandoffRepository handoffs, HandoffEventRepository events, HandoffPauseRepository pauses,
                   SlaTargetRepository targets, HandoffSla sla, HandoffPacker packer, ReceivingUnits receivers,
                   HandoffNotices notices, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.handoffs = handoffs;
        this.events = events;
        this.pauses = pauses;
        this.targets = targets;
        this.sla = sla;
        this.packer = packer;
        this.receivers = receivers;
        this.notices = notices;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Raises a hand-off with its context packet; the receiving unit is told at once. */
    @PreAuthorize(Permissions.HAS_HANDOFF_RAISE)
    @Transactional
    public Handoff raise(HandoffDraft draft) {
        PortalUser user = currentUser.require();
        String description = requireText(draft.description(), "handoff.description.required", "description");
        ContextPacket packet = packer.pack(draft); // refuses a customer outside the user's scope
        ReceivingUnits.Receiver receiver = receiverOf(draft, packet);
        Handoff handoff = new Handoff(draft.type(), draft.priority(), description);
        handoff.requestedBy(user.id(), user.displayName(), user.unitId(), user.unitName(), user.unitPath());
        handoff.sendTo(receiver.id(), receiver.name());
        handoff.packet(packet);
        handoff.targets(target(draft.type(), draft.priority()));
        Instant now = clock.instant();
        handoff.sent(now);
        handoff.moveTo(HandoffState.SENT);
        sla.recompute(handoff, List.of());
        handoffs.saveAndFlush(handoff);
        long id = Objects.requireNonNull(handoff.getId());
        events.save(new HandoffEvent(id, HandoffEvent.Kind.MOVE, now, user.id(), user.displayName(), user.unitName(),
                null).moved(null, null, HandoffState.SENT));
        audit.created(handoff, "Gửi yêu cầu chuyển xử lý " + handoff.reference() + " đến " + receiver.name());
        notices.toReceivers(handoff, "handoff.notice.received");
        return handoff;
    }

    public Handoff get(long id) {
        Handoff handoff = handoffs.findById(id).orElseThrow(() -> new RecordNotFound("handoff.notfound", id));
        if (!HandoffAccess.visible(handoff, currentUser.require())) {
            throw new AccessDeniedException("Hand-off " + id + " is not visible to the user");
        }
        return handoff;
    }

    /** The thread and history, oldest first. */
    public List<HandoffEvent> events(long id) {
        return events.findByHandoffIdOrderByAtAscIdAsc(Objects.requireNonNull(get(id).getId()));
    }

    /** The hand-off's SLA clock now; null when none applies. */
    public @Nullable SlaClock sla(Handoff handoff) {
        return sla.clock(handoff, pausesOf(Objects.requireNonNull(handoff.getId())), clock.instant());
    }

    /** Every move leaving the current state, each with the reason the user may not make it, if any. */
    public List<MoveOption> moves(Handoff handoff) {
        PortalUser user = currentUser.require();
        return EnumSet.allOf(HandoffMove.class).stream().filter(move -> move.leaves(handoff.getState()))
                .map(move -> new MoveOption(move, HandoffAccess.actsAs(move.side(), handoff, user) ? null
                        : "handoff.refused." + move.side().name()))
                .toList();
    }

    /** Whether the user may write in the hand-off's thread: either side, ĐHNV or the Director. */
    public boolean mayComment(Handoff handoff) {
        PortalUser user = currentUser.require();
        return HandoffAccess.isRequester(handoff, user) || HandoffAccess.isReceiver(handoff, user)
                || HandoffAccess.seesAll(user);
    }

    /** Makes the move on the hand-off read at the given version; {@code text} is the reason or the resolution. */
    @Transactional
    public Handoff move(long id, long version, HandoffMove move, @Nullable String text) {
        PortalUser user = currentUser.require();
        Handoff handoff = current(id, version);
        require(move, handoff, user);
        String reason = move.needsText() ? requireText(text, "handoff.text.required." + move.name(), "text")
                : blankToNull(text);
        Map<String, Object> before = handoff.auditState();
        HandoffState from = handoff.getState();
        Instant now = clock.instant();
        switch (move) {
            case ACCEPT -> handoff.accepted(now);
            case RETURN -> handoff.returned(Objects.requireNonNull(reason));
            case WAIT -> pauses.save(new HandoffPause(id, now));
            case RESUME -> endPause(id, now);
            case RESOLVE -> {
                handoff.resolved(now, Objects.requireNonNull(reason));
                pauses.save(new HandoffPause(id, now)); // the clock stands still until confirmed or reopened
            }
            case REOPEN -> {
                handoff.reopened();
                endPause(id, now);
            }
            case CONFIRM, CANCEL -> {
                endPause(id, now);
                handoff.closed(now);
            }
            case RESEND -> handoff.sent(now);
            default -> {
            }
        }
        handoff.moveTo(move.to());
        pauses.flush();
        sla.recompute(handoff, pausesOf(id));
        handoffs.flush();
        events.save(new HandoffEvent(id, HandoffEvent.Kind.MOVE, now, user.id(), user.displayName(), user.unitName(),
                reason).moved(move, from, move.to()));
        audit.stateChanged(handoff, before, "Chuyển yêu cầu " + handoff.reference() + " từ " + from + " sang "
                + move.to());
        notify(handoff, move);
        return handoff;
    }

    /** The requester corrects a returned hand-off and sends it again; the bounce stays counted. */
    @Transactional
    public Handoff resend(long id, long version, HandoffPriority priority, String description) {
        Handoff handoff = current(id, version);
        require(HandoffMove.RESEND, handoff, currentUser.require());
        String text = requireText(description, "handoff.description.required", "description");
        Map<String, Object> before = handoff.auditState();
        if (handoff.getPriority() != priority) {
            handoff.targets(target(handoff.getType(), priority));
        }
        handoff.edit(priority, text);
        handoffs.flush();
        audit.updated(handoff, before, "Sửa yêu cầu chuyển xử lý " + handoff.reference() + " trước khi gửi lại");
        return move(id, handoff.getVersion(), HandoffMove.RESEND, null);
    }

    /** Adds a message to the hand-off's thread. */
    @Transactional
    public HandoffEvent comment(long id, String text) {
        PortalUser user = currentUser.require();
        Handoff handoff = get(id);
        if (!mayComment(handoff)) {
            throw new AccessDeniedException("User may not write in hand-off " + id);
        }
        String message = requireText(text, "handoff.message.required", "message");
        return events.save(new HandoffEvent(id, HandoffEvent.Kind.MESSAGE, clock.instant(), user.id(),
                user.displayName(), user.unitName(), message));
    }

    /** One page of the queue the filter asks for, with each hand-off's SLA clock read now. */
    public List<HandoffRow> queue(QueueFilter filter, int page, int pageSize) {
        Side side = side(filter);
        Instant now = clock.instant();
        Sort.Order order = filter.ascending() ? Sort.Order.asc(filter.sort().property())
                : Sort.Order.desc(filter.sort().property());
        Sort sort = filter.sort() == QueueFilter.Sort.PRIORITY
                ? Sort.by(order, Sort.Order.asc(QueueFilter.Sort.DEADLINE.property()).nullsLast(), Sort.Order.asc("id"))
                : Sort.by(order.nullsLast(), Sort.Order.asc("id"));
        List<Handoff> found = handoffs.queue(side.receiver(), side.requesterPath(), statesOf(filter), filter.type(),
                filter.priority(), filter.overdueOnly() ? now : null, filter.nearOnly() ? now : null,
                PageRequest.of(page, pageSize, sort));
        return rows(found, now);
    }

    /**
     * A queue's figures as the dashboards show them: its open hand-offs per state (a receiver's also those it
     * returned, still with the requester), and how many of the mode's default states are overdue and near
     * their deadline now, each what the queue shows with {@code ?mode=&state=}, {@code &overdue=true} or
     * {@code &near=true}. The same sides as {@link #queue}.
     */
    public QueueCounts counts(QueueFilter.Mode mode) {
        Side side = side(QueueFilter.of(mode));
        Instant now = clock.instant();
        Set<HandoffState> defaults = statesOf(QueueFilter.of(mode));
        Set<HandoffState> states = EnumSet.copyOf(defaults);
        if (mode == QueueFilter.Mode.RECEIVED) {
            states.add(HandoffState.RETURNED);
        }
        Map<HandoffState, Long> byState = new java.util.EnumMap<>(HandoffState.class);
        states.forEach(state -> byState.put(state, 0L));
        long overdue = 0;
        long near = 0;
        for (HandoffTallies.StateTally tally : handoffs.tally(side.receiver(), side.requesterPath(), states, now)) {
            byState.put(tally.state(), tally.handoffs());
            if (defaults.contains(tally.state())) {
                overdue += tally.overdue();
                near += tally.near();
            }
        }
        return new QueueCounts(mode, byState, overdue, near);
    }

    private record Side(@Nullable Long receiver, @Nullable String requesterPath) {
    }

    /** Whose hand-offs the queue's mode reads: the user's unit as receiver, their scope as requester, or all. */
    private Side side(QueueFilter filter) {
        PortalUser user = currentUser.require();
        return switch (filter.mode()) {
            case RECEIVED -> new Side(user.unitId(), null);
            case SENT -> {
                if (!user.can(Permission.HANDOFF_RAISE)) {
                    throw new AccessDeniedException("Only the requesting side has sent hand-offs");
                }
                yield new Side(null, user.scope().pathPattern());
            }
            case ALL -> {
                if (!HandoffAccess.seesAll(user)) {
                    throw new AccessDeniedException("Only ĐHNV, the Director and Admins see every hand-off");
                }
                yield new Side(filter.receiverUnitId(), null);
            }
        };
    }

    /** The home page's figures: the user's default queue, how many of its hand-offs are open and overdue. */
    public HandoffFigures home() {
        QueueFilter.Mode mode = defaultMode();
        Side side = side(QueueFilter.of(mode));
        List<HandoffTallies.StateTally> tallies = handoffs.tally(side.receiver(), side.requesterPath(),
                statesOf(QueueFilter.of(mode)), clock.instant());
        return new HandoffFigures(mode, tallies.stream().mapToLong(HandoffTallies.StateTally::handoffs).sum(),
                tallies.stream().mapToLong(HandoffTallies.StateTally::overdue).sum());
    }

    /** The default queue of the user: everything for ĐHNV and the Director, else the first of {@link #modes()}. */
    public QueueFilter.Mode defaultMode() {
        return modes().getFirst();
    }

    /**
     * The queues the user may open, the default first: all units for ĐHNV and the Director; what their
     * unit received when it is a unit hand-offs are sent to (a TTVT, PBH DN) and they work them; what
     * their unit sent when they are on the requesting side.
     */
    public List<QueueFilter.Mode> modes() {
        PortalUser user = currentUser.require();
        if (HandoffAccess.seesAll(user)) {
            return List.of(QueueFilter.Mode.ALL);
        }
        List<QueueFilter.Mode> modes = new ArrayList<>();
        if (receivesHandoffs(user)) {
            modes.add(QueueFilter.Mode.RECEIVED);
        }
        if (user.can(Permission.HANDOFF_RAISE)) {
            modes.add(QueueFilter.Mode.SENT);
        }
        if (!modes.contains(QueueFilter.Mode.RECEIVED)) {
            modes.add(QueueFilter.Mode.RECEIVED);
        }
        return modes;
    }

    private boolean receivesHandoffs(PortalUser user) {
        return user.can(Permission.HANDOFF_WORK) && receivers.get(user.unitId())
                .map(unit -> Arrays.stream(HandoffType.values()).anyMatch(type -> type.receiverKind() == unit.kind()))
                .orElse(false);
    }

    /** The units that may receive a hand-off of the type, for the raise form and the queue's filter. */
    public List<ReceiverChoice> receivers(HandoffType type) {
        return receivers.forType(type).stream().map(unit -> new ReceiverChoice(unit.id(), unit.name())).toList();
    }

    /** The receiver chosen by default for the type and the customer's district. */
    public @Nullable ReceiverChoice defaultReceiver(HandoffType type, @Nullable District district) {
        return receivers.defaultFor(type, district).map(unit -> new ReceiverChoice(unit.id(), unit.name()))
                .orElse(null);
    }

    /**
     * Per receiving unit, its open hand-offs now and how many are overdue: every unit for users who see the whole
     * organisation, else only the user's own unit. Care staff are refused.
     */
    @PreAuthorize(SLA_READ)
    @Transactional(readOnly = true)
    public List<ReceiverLoad> openByReceiver() {
        PortalUser user = currentUser.require();
        Long unit = HandoffAccess.seesAll(user) ? null : user.unitId();
        return handoffs.openByReceiver(unit, clock.instant()).stream().map(row -> new ReceiverLoad(number(row[0]),
                (String) row[1], number(row[2]), number(row[3]))).toList();
    }

    /**
     * SLA compliance per receiving unit for the hand-offs sent from {@code from} to {@code to} (inclusive,
     * Vietnamese dates), counted from the flags stored on each hand-off: every unit for users who see the
     * whole organisation, else only the user's own unit. Care staff are refused.
     */
    @PreAuthorize(SLA_READ)
    @Transactional(readOnly = true)
    public List<ReceiverSla> slaByReceiver(LocalDate from, LocalDate to) {
        PortalUser user = currentUser.require();
        Long unit = HandoffAccess.seesAll(user) ? null : user.unitId();
        return handoffs.slaByReceiver(unit, from.atStartOfDay(VnFormats.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(VnFormats.ZONE).toInstant(), clock.instant()).stream()
                .map(HandoffService::receiverSla).toList();
    }

    /**
     * SLA compliance per receiving unit for the hand-offs raised from a campaign's care work, for the campaign's
     * evaluation report, whose readers see every unit.
     */
    @PreAuthorize(Permissions.HAS_EVALUATION_READ)
    @Transactional(readOnly = true)
    public List<ReceiverSla> slaOfCampaign(long campaignId) {
        return handoffs.slaByReceiverOfCampaign(campaignId, clock.instant()).stream()
                .map(HandoffService::receiverSla).toList();
    }

    /**
     * SLA compliance per receiving unit for the hand-offs a unit and the units below it (its stores) sent from
     * {@code from} to {@code to} (inclusive, Vietnamese dates), for the unit result report; the unit must be in
     * the user's scope.
     */
    @PreAuthorize(SLA_READ)
    @Transactional(readOnly = true)
    public List<ReceiverSla> slaOfRequests(String unitPath, LocalDate from, LocalDate to) {
        if (!currentUser.scope().covers(unitPath)) {
            throw new AccessDeniedException("Unit " + unitPath + " is outside the user's scope");
        }
        return handoffs.slaByReceiverOfRequests(unitPath + "%", from.atStartOfDay(VnFormats.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(VnFormats.ZONE).toInstant(), clock.instant()).stream()
                .map(HandoffService::receiverSla).toList();
    }

    private static ReceiverSla receiverSla(Object[] row) {
        return new ReceiverSla(number(row[0]), (String) row[8], number(row[1]), number(row[2]), number(row[3]),
                number(row[4]), number(row[5]), number(row[6]), number(row[7]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** How many hand-offs the user's unit received are past their deadline (the menu badge). */
    public long overdueReceived() {
        return handoffs.countOverdueReceivedBy(currentUser.require().unitId(), clock.instant());
    }

    public Instant now() {
        return clock.instant();
    }

    private List<HandoffRow> rows(List<Handoff> found, Instant now) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Pause>> byHandoff = pauses.findByHandoffIds(found.stream().map(Handoff::getId).toList())
                .stream().collect(Collectors.groupingBy(HandoffPause::getHandoffId,
                        Collectors.mapping(HandoffService::pause, Collectors.toList())));
        WorkingTime time = sla.time();
        return found.stream().map(handoff -> new HandoffRow(handoff, HandoffSla.clock(time, handoff,
                byHandoff.getOrDefault(handoff.getId(), List.of()), now))).toList();
    }

    private static Set<HandoffState> statesOf(QueueFilter filter) {
        if (!filter.states().isEmpty()) {
            return filter.states();
        }
        if (filter.mode() == QueueFilter.Mode.RECEIVED) {
            return HandoffState.WITH_RECEIVER;
        }
        return EnumSet.complementOf(EnumSet.of(HandoffState.CONFIRMED, HandoffState.CANCELLED));
    }

    private void notify(Handoff handoff, HandoffMove move) {
        switch (move) {
            case RETURN -> notices.toRequester(handoff, "handoff.notice.returned");
            case RESOLVE -> notices.toRequester(handoff, "handoff.notice.resolved");
            case RESEND -> notices.toReceivers(handoff, "handoff.notice.resent");
            case REOPEN -> notices.toReceivers(handoff, "handoff.notice.reopened");
            default -> {
            }
        }
    }

    private ReceivingUnits.Receiver receiverOf(HandoffDraft draft, ContextPacket packet) {
        if (draft.receiverUnitId() == null) {
            District district = packet.customerDistrict() == null ? null
                    : District.valueOf(packet.customerDistrict());
            return receivers.defaultFor(draft.type(), district)
                    .orElseThrow(() -> new RuleViolation("handoff.receiver.required", "receiver"));
        }
        ReceivingUnits.Receiver receiver = receivers.get(draft.receiverUnitId())
                .orElseThrow(() -> new RuleViolation("handoff.receiver.required", "receiver"));
        if (receiver.kind() != draft.type().receiverKind()) {
            throw new RuleViolation("handoff.receiver.wrongKind", "receiver");
        }
        return receiver;
    }

    private SlaTarget target(HandoffType type, HandoffPriority priority) {
        return targets.findByTypeAndPriority(type, priority)
                .orElseThrow(() -> new IllegalStateException("No SLA target for " + type + "/" + priority));
    }

    private static void require(HandoffMove move, Handoff handoff, PortalUser user) {
        if (!move.leaves(handoff.getState())) {
            throw new RuleViolation("handoff.refused.state", null);
        }
        if (!HandoffAccess.actsAs(move.side(), handoff, user)) {
            throw new RuleViolation("handoff.refused." + move.side().name(), null);
        }
    }

    private Handoff current(long id, long version) {
        Handoff handoff = get(id);
        handoff.requireVersion(version);
        return handoff;
    }

    private void endPause(long id, Instant at) {
        pauses.findByHandoffIdOrderByStartedAtAsc(id).stream().filter(pause -> pause.getEndedAt() == null)
                .forEach(pause -> pause.end(at));
    }

    private List<Pause> pausesOf(long id) {
        return pauses.findByHandoffIdOrderByStartedAtAsc(id).stream().map(HandoffService::pause).toList();
    }

    private static Pause pause(HandoffPause pause) {
        return new Pause(pause.getStartedAt(), pause.getEndedAt());
    }

    private static String requireText(@Nullable String text, String key, String field) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(key, field);
        }
        String trimmed = text.trim();
        if (trimmed.length() > Handoff.TEXT_MAX) {
            throw new RuleViolation("handoff.text.tooLong", field, Handoff.TEXT_MAX);
        }
        return trimmed;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
