package vn.vnpt.bacgiang.cskh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;

class AuditTrailTest extends PortalTest {

    @Autowired
    private AuditTrail auditTrail;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    private final String recordType = "TestRecord-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void writingAnEntryOutsideATransactionIsRefused() {
        signIn("kehoach");

        assertThatThrownBy(() -> auditTrail.created(record("1", "Sinh nhật khách hàng"), "Tạo chương trình"))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anEntryRecordsTheSignedInUserAndTheirUnit() {
        signIn("lucnam.cskh1");
        transaction.executeWithoutResult(status ->
                auditTrail.created(record("7", "Tri ân khách hàng lâu năm"), "Tạo chương trình tri ân"));

        signIn("admin");
        AuditEntry entry = onlyEntry(new AuditFilter(recordType, null, null, null, null, null));

        assertThat(entry.getActorUsername()).isEqualTo("lucnam.cskh1");
        assertThat(entry.getActorUnitId()).isEqualTo(110L);
        assertThat(entry.getActorUnitName()).isEqualTo("Cửa hàng giao dịch Đồi Ngô");
        assertThat(entry.getAction()).isEqualTo(AuditAction.CREATE);
        assertThat(entry.getEntityId()).isEqualTo("7");
        assertThat(entry.getSummary()).isEqualTo("Tạo chương trình tri ân");
        assertThat(entry.getBeforeState()).isNull();
        assertThat(entry.getAfterState()).contains("Tri ân khách hàng lâu năm");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        signIn("admin");
        transaction.executeWithoutResult(status -> auditTrail.created(record("1", "Chúc mừng sinh nhật"), "Tạo"));
        long id = onlyEntry(new AuditFilter(recordType, null, null, null, null, null)).getId();

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET summary = 'sửa lén' WHERE id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE id = ?", id))
                .hasMessageContaining("append-only");
        assertThat(onlyEntry(new AuditFilter(recordType, null, null, null, null, null)).getSummary())
                .isEqualTo("Tạo");
    }

    @Test
    void searchFiltersByRecordTypeRecordIdActorActionAndDates() throws Exception {
        as("kehoach", () -> write(() -> auditTrail.created(record("1", "Tết"), "Tạo chương trình Tết")));
        as("giamsat", () -> write(() -> auditTrail.updated(record("1", "Tết 2027"), Map.of("name", "Tết"),
                "Đổi tên chương trình")));
        as("giamdoc", () -> write(() -> auditTrail.stateChanged(record("2", "Tri ân"), Map.of("name", "Tri ân"),
                "Phê duyệt kế hoạch")));
        LocalDate today = LocalDate.now(clock.withZone(VnFormats.ZONE));
        signIn("admin");

        assertThat(summaries(new AuditFilter(recordType, null, null, null, null, null)))
                .containsExactly("Phê duyệt kế hoạch", "Đổi tên chương trình", "Tạo chương trình Tết");
        assertThat(summaries(new AuditFilter(recordType, "1", null, null, null, null)))
                .containsExactly("Đổi tên chương trình", "Tạo chương trình Tết");
        assertThat(summaries(new AuditFilter(recordType, null, "giams", null, null, null)))
                .containsExactly("Đổi tên chương trình");
        assertThat(summaries(new AuditFilter(recordType, null, null, AuditAction.STATE_CHANGE, null, null)))
                .containsExactly("Phê duyệt kế hoạch");
        assertThat(summaries(new AuditFilter(recordType, null, null, null, today, today))).hasSize(3);
        assertThat(summaries(new AuditFilter(recordType, null, null, null, today.plusDays(1), null))).isEmpty();
        assertThat(summaries(new AuditFilter(recordType, null, null, null, null, today.minusDays(1)))).isEmpty();
        assertThat(auditTrail.entityTypes()).contains(recordType);
    }

    @Test
    void searchPagesNewestFirst() {
        signIn("admin");
        transaction.executeWithoutResult(status -> {
            for (int i = 1; i <= 3; i++) {
                auditTrail.created(record(String.valueOf(i), "Khách hàng " + i), "Tạo " + i);
            }
        });
        AuditFilter filter = new AuditFilter(recordType, null, null, null, null, null);

        assertThat(auditTrail.search(filter, 0, 2)).extracting(AuditEntry::getSummary).containsExactly("Tạo 3", "Tạo 2");
        assertThat(auditTrail.search(filter, 1, 2)).extracting(AuditEntry::getSummary).containsExactly("Tạo 1");
    }

    @Test
    void onlyAnAdministratorMayReadTheTrail() {
        signIn("giamdoc");

        assertThatThrownBy(() -> auditTrail.search(AuditFilter.none(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditTrail.entityTypes()).isInstanceOf(AccessDeniedException.class);
    }

    private TestRecord record(String id, String name) {
        return new TestRecord(recordType, id, Map.of("name", name));
    }

    private Void write(Runnable change) {
        transaction.executeWithoutResult(status -> change.run());
        return null;
    }

    private AuditEntry onlyEntry(AuditFilter filter) {
        List<AuditEntry> entries = auditTrail.search(filter, 0, 10);
        assertThat(entries).hasSize(1);
        return entries.getFirst();
    }

    private List<String> summaries(AuditFilter filter) {
        return auditTrail.search(filter, 0, 10).stream().map(AuditEntry::getSummary).toList();
    }

    /** A business record of no real feature, its own type per test so tests never see each other's entries. */
    record TestRecord(String auditType, String auditId, Map<String, Object> auditState) implements Auditable {
    }
}
