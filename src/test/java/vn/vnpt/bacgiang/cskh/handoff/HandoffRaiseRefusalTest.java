package vn.vnpt.bacgiang.cskh.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.customer.Customer;

/** A hand-off raised with bad input is refused and saves nothing: no hand-off, event, notice or audit entry. */
class HandoffRaiseRefusalTest extends PortalTest {

    private static final long UNKNOWN_UNIT = 999_999;

    @Autowired
    private HandoffFixture fixture;
    @Autowired
    private HandoffService handoffs;
    @Autowired
    private JdbcTemplate jdbc;

    static Stream<Arguments> badDrafts() {
        return Stream.of(
                bad("a blank description", "handoff.description.required",
                        (customer, other) -> draft(customer, null, null, "   ")),
                bad("a description over 2 000 characters", "handoff.text.tooLong",
                        (customer, other) -> draft(customer, null, null, "Mạng chập chờn. ".repeat(130))),
                bad("another customer's subscription", "handoff.subscription.notOfCustomer",
                        (customer, other) -> draft(customer, other, null, "Mất mạng")),
                bad("a receiver that does not exist", "handoff.receiver.required",
                        (customer, other) -> draft(customer, null, UNKNOWN_UNIT, "Mất mạng")),
                bad("a store as the receiver of a repair", "handoff.receiver.wrongKind",
                        (customer, other) -> draft(customer, null, HandoffFixture.YEN_DUNG_STORE, "Mất mạng")));
    }

    @ParameterizedTest(name = "a hand-off with {0} is refused and saves nothing")
    @MethodSource("badDrafts")
    void aHandOffWithBadInputIsRefusedAndSavesNothing(String input, String reason,
                                                    BiFunction<Customer, Long, HandoffDraft> draft) throws Exception {
        Customer customer = fixture.yenDungCustomer();
        long otherSubscription = jdbc.queryForObject("SELECT MIN(id) FROM subscription WHERE customer_id <> ?",
                Long.class, customer.getId());
        long[] before = saved();

        assertThatThrownBy(() -> as("yendung.cskh1", () -> handoffs.raise(draft.apply(customer, otherSubscription))))
                .isInstanceOf(RuleViolation.class).hasMessage(reason);

        assertThat(saved()).containsExactly(before);
    }

    @ParameterizedTest(name = "a hand-off for a customer outside the requester's scope is refused and saves nothing")
    @MethodSource("outsider")
    void aHandOffForACustomerOutsideTheRequestersScopeSavesNothing(String requester) throws Exception {
        Customer customer = fixture.tpBacGiangCustomer();
        long[] before = saved();

        assertThatThrownBy(() -> as(requester, () -> handoffs.raise(draft(customer, null, null, "Mất mạng"))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(saved()).containsExactly(before);
    }

    static Stream<String> outsider() {
        return Stream.of("yendung.cskh1", "lucnam.truongphong");
    }

    /** What a raise writes: hand-offs, their events, notices and audit entries. */
    private long[] saved() {
        return Stream.of("handoff", "handoff_event", "notice", "audit_entry")
                .mapToLong(table -> jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)).toArray();
    }

    private static HandoffDraft draft(Customer customer, Long subscription, Long receiver, String description) {
        return new HandoffDraft(Objects.requireNonNull(customer.getId()), subscription, null, null, null, HandoffType.REPAIR,
                HandoffPriority.NORMAL, receiver, description, List.of());
    }

    private static Arguments bad(String input, String reason, BiFunction<Customer, Long, HandoffDraft> draft) {
        return Arguments.of(input, reason, draft);
    }
}
