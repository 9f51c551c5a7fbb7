package vn.vnpt.bacgiang.cskh.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.customer.ArpuTrend;
import vn.vnpt.bacgiang.cskh.customer.ChurnRisk;
import vn.vnpt.bacgiang.cskh.customer.CustomerKind;
import vn.vnpt.bacgiang.cskh.customer.Service;
import vn.vnpt.bacgiang.cskh.customer.SubscriptionStatus;
import vn.vnpt.bacgiang.cskh.customer.VipTier;
import vn.vnpt.bacgiang.cskh.org.District;

/** Counts on {@link SegmentFixture}, always limited to its two districts, checked by hand against its table. */
class SegmentQueryTest extends PortalTest {

    private static final Criterion FIXTURE_DISTRICTS = new Criterion.Districts(EnumSet.of(District.SDG, District.YTE));

    @Autowired
    private SegmentQuery query;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    @BeforeEach
    void loadFixture() {
        SegmentFixture.ensureLoaded(jdbc, LocalDate.now(clock));
        signIn("kehoach");
    }

    static Stream<Arguments> eachCriterion() {
        return Stream.of(
                Arguments.of("Sơn Động only", new Criterion.Districts(Set.of(District.SDG)), 12),
                Arguments.of("the Sơn Động store", new Criterion.ManagingUnits(Set.of(130L)), 8),
                Arguments.of("Yên Thế's department and the stores below it", new Criterion.ManagingUnits(Set.of(14L)), 12),
                Arguments.of("two Yên Thế stores", new Criterion.ManagingUnits(Set.of(140L, 141L)), 9),
                Arguments.of("enterprises and government", new Criterion.CustomerKinds(
                        EnumSet.of(CustomerKind.ENTERPRISE, CustomerKind.GOVERNMENT)), 4),
                Arguments.of("household businesses", new Criterion.CustomerKinds(
                        Set.of(CustomerKind.HOUSEHOLD_BUSINESS)), 2),
                Arguments.of("active MyTV, not the suspended one", new Criterion.Services(Set.of(Service.MYTV)), 4),
                Arguments.of("active MyTV or fixed line", new Criterion.Services(
                        EnumSet.of(Service.MYTV, Service.FIXED_LINE)), 8),
                Arguments.of("package Home Net 1, active only", new Criterion.Packages(Set.of("Home Net 1")), 3),
                Arguments.of("either of two packages", new Criterion.Packages(Set.of("Home Net 1", "MyTV Nâng cao")), 4),
                Arguments.of("a suspended subscription", new Criterion.SubscriptionStates(
                        Set.of(SubscriptionStatus.SUSPENDED)), 3),
                Arguments.of("everything cancelled", new Criterion.SubscriptionStates(
                        Set.of(SubscriptionStatus.CANCELLED)), 1),
                Arguments.of("an active subscription", new Criterion.SubscriptionStates(
                        Set.of(SubscriptionStatus.ACTIVE)), 23),
                Arguments.of("tenure 10 years or more, to the day", new Criterion.Tenure(10, null), 9),
                Arguments.of("tenure at most 2 years", new Criterion.Tenure(null, 2), 6),
                Arguments.of("tenure 5 to 9 years", new Criterion.Tenure(5, 9), 6),
                Arguments.of("ARPU 500.000 to 1.200.000, inclusive", new Criterion.ArpuBand(500_000L, 1_200_000L), 5),
                Arguments.of("ARPU from 2.000.000", new Criterion.ArpuBand(2_000_000L, null), 2),
                Arguments.of("ARPU up to 100.000", new Criterion.ArpuBand(null, 100_000L), 9),
                Arguments.of("falling ARPU", new Criterion.ArpuTrends(Set.of(ArpuTrend.FALLING)), 6),
                Arguments.of("rising ARPU", new Criterion.ArpuTrends(Set.of(ArpuTrend.RISING)), 4),
                Arguments.of("birthdays 20/12 to 10/01 across New Year", new Criterion.Birthday(MonthDay.of(12, 20),
                        MonthDay.of(1, 10)), 4),
                Arguments.of("birthdays 19/12 to 31/12", new Criterion.Birthday(MonthDay.of(12, 19),
                        MonthDay.of(12, 31)), 4),
                Arguments.of("any overdue", new Criterion.Overdue(1L, null), 5),
                Arguments.of("overdue 100.000 to 500.000", new Criterion.Overdue(100_000L, 500_000L), 2),
                Arguments.of("two complaints or more", new Criterion.ComplaintCount(2, null), 5),
                Arguments.of("three or four complaints", new Criterion.ComplaintCount(3, 4), 2),
                Arguments.of("a complaint in the last 30 days", new Criterion.RecentComplaint(30), 3),
                Arguments.of("a complaint in the last 60 days, the 60th included", new Criterion.RecentComplaint(60), 5),
                Arguments.of("every VIP tier", new Criterion.VipTiers(
                        EnumSet.of(VipTier.SILVER, VipTier.GOLD, VipTier.DIAMOND)), 7),
                Arguments.of("diamond", new Criterion.VipTiers(Set.of(VipTier.DIAMOND)), 2),
                Arguments.of("high churn risk", new Criterion.ChurnRisks(Set.of(ChurnRisk.HIGH)), 5),
                Arguments.of("medium churn risk", new Criterion.ChurnRisks(Set.of(ChurnRisk.MEDIUM)), 5),
                Arguments.of("installed in the last 30 days, the 30th included", new Criterion.RecentInstall(30), 3));
    }

    @ParameterizedTest(name = "{0}: {2} customers")
    @MethodSource("eachCriterion")
    void eachCriterionCountsTheFixtureCustomersItDescribes(String description, Criterion criterion, long expected) {
        assertThat(query.count(SegmentCriteria.allOf(FIXTURE_DISTRICTS, criterion)).total()).isEqualTo(expected);
    }

    @Test
    void criteriaOfAGroupMustAllHold() {
        SegmentCriteria yenTheFibreVeterans = SegmentCriteria.allOf(new Criterion.Districts(Set.of(District.YTE)),
                new Criterion.Services(Set.of(Service.FIBERVNN)), new Criterion.Tenure(10, null));

        assertThat(query.count(yenTheFibreVeterans).total()).isEqualTo(4);
    }

    @Test
    void groupsAreAlternativesAndACustomerInTwoGroupsCountsOnce() {
        SegmentCriteria vipHereOrAtRiskThere = SegmentCriteria
                .allOf(new Criterion.Districts(Set.of(District.SDG)),
                        new Criterion.VipTiers(EnumSet.of(VipTier.SILVER, VipTier.GOLD, VipTier.DIAMOND)))
                .or(new Criterion.Districts(Set.of(District.YTE)), new Criterion.ChurnRisks(Set.of(ChurnRisk.HIGH)));
        SegmentCriteria overdueOrAtRisk = SegmentCriteria.allOf(FIXTURE_DISTRICTS, new Criterion.Overdue(1L, null))
                .or(FIXTURE_DISTRICTS, new Criterion.ChurnRisks(Set.of(ChurnRisk.HIGH)));

        SegmentCount vip = query.count(vipHereOrAtRiskThere);
        assertThat(vip.total()).isEqualTo(7);
        assertThat(vip.in(District.SDG)).isEqualTo(4);
        assertThat(vip.in(District.YTE)).isEqualTo(3);
        assertThat(query.count(overdueOrAtRisk).total()).isEqualTo(7);
    }

    @Test
    void theCountIsBrokenDownByDistrictAndManagingUnit() {
        SegmentCount count = query.count(SegmentCriteria.allOf(FIXTURE_DISTRICTS));

        assertThat(count.total()).isEqualTo(24);
        assertThat(count.districts()).containsExactlyInAnyOrder(new SegmentCount.DistrictCount(District.SDG, 12),
                new SegmentCount.DistrictCount(District.YTE, 12));
        assertThat(count.units()).extracting(SegmentCount.UnitCount::unitName, SegmentCount.UnitCount::count)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Cửa hàng giao dịch An Châu", 8L),
                        org.assertj.core.groups.Tuple.tuple("Phòng bán hàng khu vực Sơn Động", 4L),
                        org.assertj.core.groups.Tuple.tuple("Cửa hàng giao dịch Cầu Gồ", 5L),
                        org.assertj.core.groups.Tuple.tuple("Cửa hàng giao dịch Bố Hạ", 4L),
                        org.assertj.core.groups.Tuple.tuple("Phòng bán hàng khu vực Yên Thế", 3L));
        assertThat(count.units()).first().extracting(SegmentCount.UnitCount::district).isEqualTo(District.SDG);
    }

    @Test
    void birthdaysThisMonthFindTheFixturesBornThisMonth() {
        LocalDate today = query.today();
        long fixedThisMonth = SegmentFixture.FIXED_BIRTHDAYS.stream()
                .filter(day -> day.getMonth() == today.getMonth()).count();

        SegmentCriteria preset = SegmentPreset.BIRTHDAYS_THIS_MONTH.criteria();
        SegmentCriteria inFixture = SegmentCriteria.allOf(FIXTURE_DISTRICTS,
                preset.groups().getFirst().criteria().getFirst());

        assertThat(query.count(inFixture).total())
                .isEqualTo(SegmentFixture.BIRTHDAYS_ON_DAYS_OF_THIS_MONTH + fixedThisMonth);
    }

    @Test
    void everyPresetCountsItsProgrammesCustomers() {
        assertThat(presetInFixture(SegmentPreset.LONG_TENURE)).isEqualTo(9);
        assertThat(presetInFixture(SegmentPreset.VIP)).isEqualTo(7);
        assertThat(presetInFixture(SegmentPreset.ENTERPRISE_AND_GOVERNMENT)).isEqualTo(4);
        assertThat(presetInFixture(SegmentPreset.CHURN_RISK)).isEqualTo(5);
        assertThat(presetInFixture(SegmentPreset.OVERDUE_REMINDER)).isEqualTo(5);
        assertThat(presetInFixture(SegmentPreset.WELCOME)).isEqualTo(3);
    }

    @Test
    void aDistrictManagerCountsOnlyTheirOwnCustomersEvenWithoutADistrictCriterion() throws Exception {
        SegmentCount everyone = as("yenthe.truongphong", () -> query.count(SegmentCriteria.everyone()));
        SegmentCount vip = as("yenthe.truongphong", () -> query.count(SegmentPreset.VIP.criteria()));
        SegmentCount sonDong = as("yenthe.truongphong",
                () -> query.count(SegmentCriteria.allOf(new Criterion.Districts(Set.of(District.SDG)))));

        assertThat(everyone.total()).isEqualTo(12);
        assertThat(everyone.districts()).containsExactly(new SegmentCount.DistrictCount(District.YTE, 12));
        assertThat(vip.total()).isEqualTo(3);
        assertThat(sonDong.total()).isZero();
        assertThat(as("yenthe.truongphong", () -> query.members(SegmentCriteria.everyone(), MemberOrder.BY_NAME, 0, 50)))
                .hasSize(12).allMatch(member -> member.district() == District.YTE);
    }

    @Test
    void careStaffCannotSegment() throws Exception {
        as("lucnam.cskh1", () -> {
            assertThatThrownBy(() -> query.count(SegmentCriteria.everyone())).isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }

    @Test
    void membersComeOnePageAtATimeSortedOnTheServer() {
        SegmentCriteria sonDong = SegmentCriteria.allOf(new Criterion.Districts(Set.of(District.SDG)));
        MemberOrder byArpuDown = new MemberOrder(MemberOrder.Column.ARPU, false);

        assertThat(query.members(sonDong, byArpuDown, 0, 3)).extracting(SegmentMember::code)
                .containsExactly("SEG-06", "SEG-07", "SEG-04");
        assertThat(query.members(sonDong, byArpuDown, 3, 3)).extracting(SegmentMember::code)
                .containsExactly("SEG-01", "SEG-02", "SEG-05");
        assertThat(query.members(sonDong, new MemberOrder(MemberOrder.Column.TENURE, false), 0, 3))
                .extracting(SegmentMember::code, SegmentMember::tenureYears)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SEG-10", 30),
                        org.assertj.core.groups.Tuple.tuple("SEG-07", 20),
                        org.assertj.core.groups.Tuple.tuple("SEG-02", 15));
        SegmentMember enterprise = query.members(SegmentCriteria.allOf(FIXTURE_DISTRICTS,
                new Criterion.Districts(Set.of(District.SDG)), new Criterion.VipTiers(Set.of(VipTier.DIAMOND))),
                MemberOrder.BY_NAME, 0, 10).getFirst();
        assertThat(enterprise.name()).isEqualTo("Công ty TNHH Sơn Động Xanh");
        assertThat(enterprise.unitName()).isEqualTo("Phòng bán hàng khu vực Sơn Động");
        assertThat(enterprise.kind()).isEqualTo(CustomerKind.ENTERPRISE);
        assertThat(enterprise.arpu()).isEqualTo(5_000_000);
        assertThat(enterprise.tenureYears()).isEqualTo(11);
    }

    private long presetInFixture(SegmentPreset preset) {
        Criterion criterion = preset.criteria().groups().getFirst().criteria().getFirst();
        return query.count(SegmentCriteria.allOf(FIXTURE_DISTRICTS, criterion)).total();
    }
}
