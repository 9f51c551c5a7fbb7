package vn.vnpt.bacgiang.cskh.execution;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** A gift line of a campaign's budget that a task's contacts may hand over, at its unit price in VND. */
public record GiftLine(long id, String description, long unitPrice) {

    /** What a contact's gifts cost, kept on its care task: the quantity times the line's unit price. */
    static long cost(JdbcTemplate jdbc, @Nullable Long giftLineId, int quantity) {
        if (giftLineId == null || quantity == 0) {
            return 0;
        }
        Long price = jdbc.queryForObject("SELECT unit_price FROM budget_line WHERE id = ?", Long.class, giftLineId);
        return quantity * (price == null ? 0 : price);
    }
}
