package vn.vnpt.bacgiang.cskh.handoff;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.customer.Customer;
import vn.vnpt.bacgiang.cskh.customer.CustomerFixtures;

/**
 * Hand-offs for tests, raised only in the districts reserved to the hand-off tests: Yên Dũng (store
 * Neo, TTVT Yên Dũng) and TP Bắc Giang (store Ngô Gia Tự, TTVT TP Bắc Giang).
 */
@Component
public class HandoffFixture {

    public static final long YEN_DUNG_STORE = 190;
    public static final long TP_BG_STORE = 100;
    public static final long TTVT_YEN_DUNG = 39;
    public static final long TTVT_TP_BG = 30;

    private final CustomerFixtures customers;
    private final HandoffService handoffs;
    private final UserDetailsService users;

    HandoffFixture(CustomerFixtures customers, HandoffService handoffs, UserDetailsService users) {
        this.customers = customers;
        this.handoffs = handoffs;
        this.users = users;
    }

    public Customer yenDungCustomer() {
        return customers.atRiskCustomer("Nguyễn Văn Dũng", YEN_DUNG_STORE);
    }

    public Customer tpBacGiangCustomer() {
        return customers.atRiskCustomer("Trần Thị Giang", TP_BG_STORE);
    }

    /** A repair raised by the given requester for the customer, to the default receiver. */
    public Handoff raise(String requester, Customer customer) {
        return raise(requester, draft(customer, HandoffType.REPAIR, HandoffPriority.NORMAL));
    }

    public Handoff raise(String requester, HandoffDraft draft) {
        return as(requester, () -> handoffs.raise(draft));
    }

    public Handoff move(String username, Handoff handoff, HandoffMove move, String text) {
        return as(username, () -> handoffs.move(id(handoff), handoffs.get(id(handoff)).getVersion(), move, text));
    }

    public Handoff reload(Handoff handoff) {
        return as("giamdoc", () -> handoffs.get(id(handoff)));
    }

    public static HandoffDraft draft(Customer customer, HandoffType type, HandoffPriority priority) {
        return new HandoffDraft(Objects.requireNonNull(customer.getId()), null, null, null, type, priority, null,
                "Mạng chập chờn từ hôm qua, khách hẹn sáng mai ở nhà",
                List.of(new ContactRecord(Instant.parse("2026-11-20T02:00:00Z"), "La Thị Thủy", "Gọi điện",
                        "Đã liên hệ, khách báo mất mạng", "Khách ở nhà buổi sáng")));
    }

    public static long id(Handoff handoff) {
        return Objects.requireNonNull(handoff.getId());
    }

    private <T> T as(String username, java.util.function.Supplier<T> call) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
