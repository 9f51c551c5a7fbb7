package vn.vnpt.bacgiang.cskh.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.customer.ChurnRisk;
import vn.vnpt.bacgiang.cskh.customer.VipTier;
import vn.vnpt.bacgiang.cskh.org.District;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;

/** Every segment saved here has a name unique to its test, so the tests do not depend on each other. */
class SegmentServiceTest extends PortalTest {

    private static final SegmentCriteria YEN_THE_AT_RISK = SegmentCriteria.allOf(
            new Criterion.Districts(Set.of(District.YTE)), new Criterion.ChurnRisks(Set.of(ChurnRisk.HIGH)));

    @Autowired
    private SegmentService segments;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private KeptCounts kept;

    @BeforeEach
    void loadFixture() {
        SegmentFixture.ensureLoaded(jdbc, LocalDate.now(clock));
    }

    @Test
    void savingRecordsTheCountPerDistrictTheOwnerAndAnAuditEntry() throws Exception {
        Segment saved = as("kehoach", () -> segments.save(draft("Giữ chân Yên Thế", YEN_THE_AT_RISK)));

        assertThat(saved.getMemberCount()).isEqualTo(3);
        assertThat(saved.getDistrictCounts()).containsExactlyEntriesOf(java.util.Map.of(District.YTE, 3L));
        assertThat(saved.getOwnerName()).isEqualTo("Lê Minh Đức");
        assertThat(saved.getSavedAt()).isNotNull();
        Segment reread = as("giamdoc", () -> segments.get(Objects.requireNonNull(saved.getId())));
        assertThat(reread.getCriteria()).isEqualTo(YEN_THE_AT_RISK);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Segment' "
                + "AND entity_id = ? AND action = 'CREATE' AND actor_username = 'kehoach'", Integer.class,
                String.valueOf(saved.getId()))).isEqualTo(1);
    }

    @Test
    void aManagerSavesInTheirScopeAndOthersManagersCannotOpenIt() throws Exception {
        Segment saved = as("yenthe.truongphong", () -> segments.save(draft("Yên Thế VIP",
                SegmentCriteria.allOf(new Criterion.VipTiers(EnumSet.of(VipTier.SILVER, VipTier.GOLD,
                        VipTier.DIAMOND))))));
        long id = Objects.requireNonNull(saved.getId());

        assertThat(saved.getMemberCount()).isEqualTo(3);
        as("sondong.truongphong", () -> {
            assertThatThrownBy(() -> segments.get(id)).isInstanceOf(AccessDeniedException.class);
            assertThat(segments.list(0, 100)).extracting(Segment::getName).doesNotContain("Yên Thế VIP");
            return null;
        });
        assertThat(as("yenthe.truongphong", () -> segments.list(0, 100))).extracting(Segment::getName)
                .contains("Yên Thế VIP");
        assertThat(as("kehoach", () -> segments.get(id)).getName()).isEqualTo("Yên Thế VIP");
    }

    @Test
    void aSecondSegmentWithTheSameNameForTheSameOwnerIsRefused() throws Exception {
        as("kehoach2", () -> segments.save(draft("Nhắc nợ Sơn Động", YEN_THE_AT_RISK)));

        as("kehoach2", () -> {
            assertThatThrownBy(() -> segments.save(draft(" Nhắc nợ Sơn Động ", YEN_THE_AT_RISK)))
                    .isInstanceOf(RuleViolation.class)
                    .extracting(violation -> ((RuleViolation) violation).messageKey())
                    .isEqualTo("segment.name.taken");
            return null;
        });
        assertThat(as("kehoach", () -> segments.save(draft("Nhắc nợ Sơn Động", YEN_THE_AT_RISK))).getId())
                .isNotNull();
    }

    @Test
    void theSecondOfTwoEditsFromStaleCopiesIsRefusedAndTheFirstIsKept() throws Exception {
        long id = Objects.requireNonNull(as("kehoach", () -> segments.save(draft("Tri ân 2026",
                SegmentPreset.LONG_TENURE.criteria()))).getId());
        Segment first = as("kehoach", () -> segments.get(id));
        Segment second = as("kehoach", () -> segments.get(id));

        first.setDescription("Quà tri ân cuối năm");
        as("kehoach", () -> segments.save(first));
        second.setDescription("Bản sửa cũ");

        as("kehoach", () -> {
            assertThatThrownBy(() -> segments.save(second))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
            return null;
        });
        assertThat(as("kehoach", () -> segments.get(id)).getDescription()).isEqualTo("Quà tri ân cuối năm");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Segment' "
                + "AND entity_id = ? AND action = 'UPDATE'", Integer.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void aCopyBelongsToWhoeverCopiedItAndIsCountedInTheirScope() throws Exception {
        long id = Objects.requireNonNull(as("kehoach", () -> segments.save(draft("Nguy cơ cao SDG-YTE",
                SegmentCriteria.allOf(new Criterion.Districts(EnumSet.of(District.SDG, District.YTE)),
                        new Criterion.ChurnRisks(Set.of(ChurnRisk.HIGH)))))).getId());

        Segment copy = as("admin", () -> segments.copy(id, "Nguy cơ cao (bản của admin)"));

        assertThat(copy.getOwnerName()).isEqualTo("Nguyễn Văn Quản");
        assertThat(copy.getMemberCount()).isEqualTo(5);
        assertThat(copy.getId()).isNotEqualTo(id);
    }

    @Test
    void theDirectorReadsSegmentsButDoesNotSaveThem() throws Exception {
        as("giamdoc", () -> {
            assertThatThrownBy(() -> segments.save(draft("Của giám đốc", YEN_THE_AT_RISK)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(segments.list(0, 10)).isNotNull();
            return null;
        });
    }

    @Test
    void invalidCriteriaAreNotSaved() throws Exception {
        as("kehoach", () -> {
            assertThatThrownBy(() -> segments.save(draft("ARPU sai",
                    SegmentCriteria.allOf(new Criterion.ArpuBand(500_000L, 100_000L)))))
                    .isInstanceOf(RuleViolation.class);
            return null;
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM segment WHERE name = 'ARPU sai'", Integer.class))
                .isZero();
    }

    @Test
    void aSegmentSavedAsBirthdaysThisMonthCountsTheMonthItIsCountedIn() throws Exception {
        SegmentCriteria thisMonth = SegmentCriteria.allOf(new Criterion.Districts(EnumSet.of(District.SDG,
                District.YTE)), Criterion.Birthday.thisMonth());
        Segment saved = as("kehoach", () -> segments.save(draft("Sinh nhật trong tháng, tháng nào cũng đúng",
                thisMonth)));
        SegmentCriteria reread = as("kehoach", () -> segments.get(Objects.requireNonNull(saved.getId()))).getCriteria();
        LocalDate today = LocalDate.now(clock);

        for (Month month : List.of(Month.DECEMBER, Month.JANUARY)) {
            SegmentQuery then = new SegmentQuery(dataSource, currentUser,
                    Clock.fixed(today.withMonth(month.getValue()).withDayOfMonth(5).atStartOfDay(clock.getZone())
                            .toInstant(), clock.getZone()), kept);
            long bornThen = SegmentFixture.FIXED_BIRTHDAYS.stream().filter(day -> day.getMonth() == month).count()
                    + (today.getMonth() == month ? SegmentFixture.BIRTHDAYS_ON_DAYS_OF_THIS_MONTH : 0);

            assertThat(as("kehoach", () -> then.count(reread).total())).as(month.name()).isEqualTo(bornThen);
            assertThat(as("kehoach", () -> then.members(reread, MemberOrder.BY_NAME, 0, 50)).size())
                    .as(month.name()).isEqualTo(bornThen);
        }
        assertThat(reread).isEqualTo(thisMonth);
    }

    private static Segment draft(String name, SegmentCriteria criteria) {
        Segment segment = new Segment();
        segment.setName(name);
        segment.setCriteria(criteria);
        return segment;
    }
}
