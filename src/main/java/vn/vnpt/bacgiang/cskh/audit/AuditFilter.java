package vn.vnpt.bacgiang.cskh.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an Admin filters the audit trail by; every part is optional. Dates are inclusive, in Vietnam's time. */
public record AuditFilter(@Nullable String entityType, @Nullable String entityId, @Nullable String actor,
                          @Nullable AuditAction action, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
