package vn.vnpt.bacgiang.cskh.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.customer.ArpuTrend;
import vn.vnpt.bacgiang.cskh.customer.ChurnRisk;
import vn.vnpt.bacgiang.cskh.customer.CustomerKind;
import vn.vnpt.bacgiang.cskh.customer.Service;
import vn.vnpt.bacgiang.cskh.customer.SubscriptionStatus;
import vn.vnpt.bacgiang.cskh.customer.VipTier;
import vn.vnpt.bacgiang.cskh.org.District;

class SegmentCriteriaTest {

    private final PortalI18NProvider i18n = new PortalI18NProvider();

    @Test
    void anArpuBandFromHighToLowIsRefusedWithAClearMessageInBothLanguages() {
        SegmentCriteria criteria = SegmentCriteria.allOf(new Criterion.Districts(Set.of(District.SDG)))
                .or(new Criterion.ArpuBand(500_000L, 100_000L));

        RuleViolation violation = catchViolation(criteria);

        assertThat(violation.field()).isEqualTo("groups[1].criteria[0]");
        assertThat(i18n.getTranslation(violation.messageKey(), PortalI18NProvider.VIETNAMESE, violation.arguments()))
                .isEqualTo("ARPU từ 500.000 ₫ đến 100.000 ₫ là không hợp lệ: giá trị đầu phải nhỏ hơn hoặc bằng "
                        + "giá trị cuối");
        assertThat(i18n.getTranslation(violation.messageKey(), PortalI18NProvider.ENGLISH, violation.arguments()))
                .isEqualTo("ARPU from 500.000 ₫ to 100.000 ₫ is not valid: the first value must be less than or "
                        + "equal to the last");
    }

    @Test
    void negativeValuesEmptyRangesAndEmptyChoicesAreRefused() {
        assertThat(catchViolation(SegmentCriteria.allOf(new Criterion.Tenure(-1, 5))).messageKey())
                .isEqualTo("segment.invalid.TENURE.negative");
        assertThat(catchViolation(SegmentCriteria.allOf(new Criterion.Tenure(12, 5))).arguments())
                .containsExactly("12", "5");
        assertThat(catchViolation(SegmentCriteria.allOf(new Criterion.Overdue(null, null))).messageKey())
                .isEqualTo("segment.invalid.OVERDUE.missing");
        assertThat(catchViolation(SegmentCriteria.allOf(new Criterion.VipTiers(Set.of()))).messageKey())
                .isEqualTo("segment.invalid.VIP_TIERS.empty");
        assertThat(catchViolation(SegmentCriteria.allOf(new Criterion.RecentInstall(0))).messageKey())
                .isEqualTo("segment.invalid.RECENT_INSTALL.days");
        assertThat(catchViolation(SegmentCriteria.allOf(new Criterion.Birthday(MonthDay.of(12, 20), null)))
                .messageKey()).isEqualTo("segment.invalid.BIRTHDAY.missing");
    }

    @ParameterizedTest(name = "a blank {0} criterion is refused with a translated message")
    @EnumSource(CriterionType.class)
    void everyBlankCriterionIsRefusedWithATranslatedMessage(CriterionType type) {
        RuleViolation violation = catchViolation(SegmentCriteria.allOf(type.blank()));

        assertThat(violation.messageKey()).startsWith("segment.invalid." + type.name() + ".");
        assertThat(i18n.getTranslation(violation.messageKey(), PortalI18NProvider.VIETNAMESE)).doesNotStartWith("!");
        assertThat(i18n.getTranslation(type.labelKey(), PortalI18NProvider.ENGLISH)).doesNotStartWith("!");
    }

    @Test
    void aBirthdayPeriodMaySpanNewYear() {
        Criterion.Birthday holidays = new Criterion.Birthday(MonthDay.of(12, 20), MonthDay.of(1, 10));

        holidays.validate("birthday");
        assertThat(holidays.spansNewYear()).isTrue();
    }

    @Test
    void aRelativeBirthdayPeriodMeansTheDaysOfTheDayItIsCounted() {
        assertThat(Criterion.Birthday.thisMonth().on(LocalDate.of(2026, 11, 30)))
                .isEqualTo(new Criterion.Birthday(MonthDay.of(11, 1), MonthDay.of(11, 30)));
        assertThat(Criterion.Birthday.thisMonth().on(LocalDate.of(2026, 12, 1)))
                .isEqualTo(new Criterion.Birthday(MonthDay.of(12, 1), MonthDay.of(12, 31)));
        assertThat(Criterion.Birthday.thisMonth().on(LocalDate.of(2027, 2, 10)).to()).isEqualTo(MonthDay.of(2, 29));
        Criterion.Birthday newYear = Criterion.Birthday.nextDays(7).on(LocalDate.of(2026, 12, 28));
        assertThat(newYear).isEqualTo(new Criterion.Birthday(MonthDay.of(12, 28), MonthDay.of(1, 3)));
        assertThat(newYear.spansNewYear()).isTrue();
        assertThat(Criterion.Birthday.nextDays(365).on(LocalDate.of(2026, 6, 15)))
                .isEqualTo(new Criterion.Birthday(MonthDay.of(1, 1), MonthDay.of(12, 31)));
        Criterion.Birthday fixed = new Criterion.Birthday(MonthDay.of(5, 1), MonthDay.of(5, 5));
        assertThat(fixed.on(LocalDate.of(2026, 12, 1))).isEqualTo(fixed);
    }

    @Test
    void theNextDaysMustBeBetweenOneAndAYear() {
        Criterion.Birthday.thisMonth().validate("birthday");
        Criterion.Birthday.nextDays(365).validate("birthday");
        for (Integer days : Arrays.asList(null, 0, 366)) {
            RuleViolation violation = catchViolation(SegmentCriteria.allOf(Criterion.Birthday.nextDays(days)));
            assertThat(violation.messageKey()).isEqualTo("segment.invalid.BIRTHDAY.days");
            assertThat(i18n.getTranslation(violation.messageKey(), PortalI18NProvider.ENGLISH, violation.arguments()))
                    .isEqualTo("The number of days ahead must be from 1 to 365.");
        }
    }

    @Test
    void aBirthdayCriterionSavedBeforePeriodsExistedStillReadsAsFixedDays() {
        String saved = "{\"groups\":[{\"criteria\":[{\"type\":\"BIRTHDAY\",\"from\":\"--12-20\","
                + "\"to\":\"--01-10\"}]}]}";

        assertThat(SegmentJson.readCriteria(saved))
                .isEqualTo(SegmentCriteria.allOf(new Criterion.Birthday(MonthDay.of(12, 20), MonthDay.of(1, 10))));
    }

    @Test
    void aBirthdayThisMonthIsStoredAsSuchNotAsTheMonthItWasSavedIn() {
        SegmentCriteria preset = SegmentPreset.BIRTHDAYS_THIS_MONTH.criteria();

        String json = SegmentJson.write(preset);

        assertThat(json).contains("\"period\":\"THIS_MONTH\"").doesNotContain("--");
        assertThat(SegmentJson.readCriteria(json)).isEqualTo(preset);
    }

    @Test
    void criteriaOfEveryTypeSurviveTheTripThroughJson() {
        SegmentCriteria criteria = SegmentCriteria.allOf(
                        new Criterion.Districts(EnumSet.of(District.YTE, District.SDG)),
                        new Criterion.ManagingUnits(Set.of(141L, 13L)),
                        new Criterion.CustomerKinds(Set.of(CustomerKind.GOVERNMENT)),
                        new Criterion.Services(EnumSet.of(Service.MYTV, Service.FIBERVNN)),
                        new Criterion.Packages(Set.of("MyTV Nâng cao")),
                        new Criterion.SubscriptionStates(Set.of(SubscriptionStatus.SUSPENDED)),
                        new Criterion.Tenure(10, null),
                        new Criterion.ArpuBand(100_000L, 500_000L),
                        new Criterion.ArpuTrends(Set.of(ArpuTrend.FALLING)))
                .or(new Criterion.Birthday(MonthDay.of(12, 20), MonthDay.of(1, 10)),
                        Criterion.Birthday.thisMonth(),
                        Criterion.Birthday.nextDays(14),
                        new Criterion.Overdue(1L, null),
                        new Criterion.ComplaintCount(null, 3),
                        new Criterion.RecentComplaint(30),
                        new Criterion.VipTiers(Set.of(VipTier.GOLD)),
                        new Criterion.ChurnRisks(Set.of(ChurnRisk.HIGH)),
                        new Criterion.RecentInstall(30));

        String json = SegmentJson.write(criteria);

        assertThat(SegmentJson.readCriteria(json)).isEqualTo(criteria);
        assertThat(json).contains("\"type\":\"ARPU_BAND\"", "\"districts\":[\"SDG\",\"YTE\"]", "MyTV Nâng cao");
        assertThat(Arrays.stream(CriterionType.values()).map(CriterionType::name))
                .allMatch(name -> json.contains("\"type\":\"" + name + "\""));
    }

    private static RuleViolation catchViolation(SegmentCriteria criteria) {
        try {
            criteria.validate();
        } catch (RuleViolation violation) {
            return violation;
        }
        throw new AssertionError("criteria were accepted: " + criteria);
    }

    @Test
    void validCriteriaPass() {
        SegmentPreset.VIP.criteria().validate();
        assertThatThrownBy(() -> SegmentCriteria.allOf(new Criterion.ArpuBand(2L, 1L)).validate())
                .isInstanceOf(RuleViolation.class);
    }
}
