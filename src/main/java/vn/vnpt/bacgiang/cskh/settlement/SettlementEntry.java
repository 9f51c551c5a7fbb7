package vn.vnpt.bacgiang.cskh.settlement;

import org.jspecify.annotations.Nullable;

/**
 * What a user enters for one budget line: the amount spent in VND, the voucher reference (required once
 * anything was spent), a note, and the version of the settled line it was read at (empty for a first entry).
 */
public record SettlementEntry(@Nullable Long amount, @Nullable String voucher, @Nullable String note,
                              @Nullable Long version) {

    public static final int VOUCHER_MAX = 60;
    public static final int NOTE_MAX = 500;

    long amountOrZero() {
        return amount == null ? 0 : amount;
    }

    @Nullable String voucherOrNull() {
        return voucher == null || voucher.isBlank() ? null : voucher.trim();
    }

    @Nullable String noteOrNull() {
        return note == null || note.isBlank() ? null : note.trim();
    }
}
