package vn.vnpt.bacgiang.cskh.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One executing unit's settlement: its quota share (per cent of the campaign's quotas, which allocates
 * the centre lines), where it stands, and its lines (its own, then the centre's allocated to it), with
 * what the signed-in user may do on it. {@code version} is that of the unit's settlement record, empty
 * until the unit first submitted.
 */
public record UnitSheet(long unitId, String unitName, long quota, BigDecimal sharePercent, SettlementState state,
                        @Nullable Instant submittedAt, @Nullable String submittedBy, @Nullable String returnedReason,
                        @Nullable Long version, List<SheetLine> lines, boolean mayEnter, boolean mayReturn) {

    public long planned() {
        return lines.stream().mapToLong(SheetLine::planned).sum();
    }

    public long estimated() {
        return lines.stream().mapToLong(SheetLine::estimated).sum();
    }

    /** What is settled so far: the lines entered and the centre lines' allocated parts once settled. */
    public long settled() {
        return lines.stream().filter(SheetLine::isSettled).mapToLong(line -> line.settled() == null ? 0
                : line.settled()).sum();
    }

    public boolean submitted() {
        return state == SettlementState.SUBMITTED;
    }
}
