package vn.vnpt.bacgiang.cskh.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;
import vn.vnpt.bacgiang.cskh.execution.ContactOutcome;
import vn.vnpt.bacgiang.cskh.execution.LoggedContact;
import vn.vnpt.bacgiang.cskh.execution.LoggedContacts;
import vn.vnpt.bacgiang.cskh.execution.LoggedOutcome;
import vn.vnpt.bacgiang.cskh.execution.OutcomeStratum;
import vn.vnpt.bacgiang.cskh.execution.SeededOrder;

/** Callback samples drawn from campaign 9's contacts written by {@link CallbackFixture}. Rolled back. */
@Transactional
class CallbackSampleServiceTest extends PortalTest {

    @Autowired
    private CallbackSampleService samples;
    @Autowired
    private LoggedContacts loggedContacts;
    @Autowired
    private SupervisionFixture fixture;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theStoredSeedDrawsTheSameContactsAgainFromTheSameContacts() throws Exception {
        CallbackFixture.twentyContacts(jdbc);
        signIn("giamsat");
        long inspection = fixture.salesInspection(SupervisionFixture.LUC_NAM_SALES);

        CallbackSample sample = samples.draw(inspection, new SampleRequest(8, null, true));
        List<Long> stored = samples.sheet(inspection).contacts().stream().map(SampledContact::getContactId).toList();
        Set<Long> unusual = SampleDraw.unusualStaff(loggedContacts.tallies(SupervisionFixture.CAMPAIGN,
                SupervisionFixture.LUC_NAM_SALES));
        SeededOrder order = new SeededOrder(sample.getSeed(), unusual, SampleDraw.UNUSUAL_WEIGHT);
        List<OutcomeStratum> strata = loggedContacts.strata(SupervisionFixture.CAMPAIGN, SupervisionFixture.LUC_NAM_SALES);

        assertThat(stored).hasSize(8);
        assertThat(sample.getPopulation()).isEqualTo(20);
        assertThat(SampleDraw.take(strata, 8, (stratum, quota) -> loggedContacts.first(SupervisionFixture.CAMPAIGN,
                SupervisionFixture.LUC_NAM_SALES, stratum, order, quota)).stream().map(LoggedOutcome::contactId))
                .containsExactlyElementsOf(stored);
    }

    @Test
    void aSampleByPercentageKeepsEachOutcomesShareAndCopiesWhatTheSupervisorCalls() {
        CallbackFixture.twentyContacts(jdbc);
        signIn("giamsat");
        long inspection = fixture.salesInspection(SupervisionFixture.LUC_NAM_SALES);

        samples.draw(inspection, new SampleRequest(null, 50, false));
        SampleSheet sheet = samples.sheet(inspection);
        Map<ContactOutcome, Long> outcomes = sheet.contacts().stream()
                .collect(Collectors.groupingBy(SampledContact::getOutcome, Collectors.counting()));

        assertThat(outcomes).isEqualTo(Map.of(ContactOutcome.REACHED_ACCEPTED, 5L,
                ContactOutcome.REACHED_DECLINED, 3L, ContactOutcome.NOT_REACHED, 2L));
        SampledContact first = sheet.contacts().getFirst();
        assertThat(first.getCustomerName()).startsWith("Khách gọi lại");
        assertThat(first.getPhone()).isEqualTo("0912 000 111");
        assertThat(first.getStaffName()).isIn("Đỗ Thị Mai", "Lương Văn Sơn");
        assertThat(sheet.inspection().getState()).isEqualTo(InspectionState.DRAFT);
        assertThatThrownBy(() -> samples.draw(inspection, new SampleRequest(5, null, false)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("supervision.sample.exists");
        assertThatThrownBy(() -> samples.draw(fixture.salesInspection(SupervisionFixture.LUC_NGAN_SALES),
                new SampleRequest(5, null, false))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("supervision.sample.noContacts");
        assertThatThrownBy(() -> samples.draw(inspection, new SampleRequest(5, 10, false)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aResultRecordedFromAStaleReadIsRefusedAndTheUnconfirmedShareFollowsTheResults() {
        CallbackFixture.twentyContacts(jdbc);
        signIn("giamsat");
        long inspection = fixture.salesInspection(SupervisionFixture.LUC_NAM_SALES);
        samples.draw(inspection, new SampleRequest(20, null, false));
        List<SampledContact> mai = samples.sheet(inspection).contacts().stream()
                .filter(contact -> contact.getStaffId() == CallbackFixture.MAI).toList();
        long read = mai.getFirst().getVersion();
        long id = Objects.requireNonNull(mai.getFirst().getId());

        samples.record(id, read, CallbackResult.NOT_CONFIRMED, "Khách nói không ai gọi");
        samples.record(Objects.requireNonNull(mai.get(1).getId()), mai.get(1).getVersion(), CallbackResult.CONFIRMED,
                null);
        samples.record(Objects.requireNonNull(mai.get(2).getId()), mai.get(2).getVersion(),
                CallbackResult.NOT_REACHABLE, null);

        assertThatThrownBy(() -> samples.record(id, read, CallbackResult.CONFIRMED, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        SampleSheet sheet = samples.sheet(inspection);
        assertThat(sheet.contacts().stream().filter(contact -> contact.getId() == id).findFirst().orElseThrow())
                .extracting(SampledContact::getResult, SampledContact::getComment)
                .containsExactly(CallbackResult.NOT_CONFIRMED, "Khách nói không ai gọi");
        StaffShare share = sheet.staff().stream().filter(staff -> staff.staffId() == CallbackFixture.MAI)
                .findFirst().orElseThrow();
        assertThat(share).extracting(StaffShare::sampled, StaffShare::answered, StaffShare::unconfirmed,
                StaffShare::share, StaffShare::flagged).containsExactly(10, 2, 1, 0.5, true);
        assertThat(sheet.staff().stream().filter(staff -> staff.staffId() == CallbackFixture.SON).findFirst()
                .orElseThrow().flagged()).isFalse();
    }

    @Test
    void supervisorsDrawAndRecordTheUnitReadsItsOwnSampleAndOthersAreRefused() throws Exception {
        CallbackFixture.twentyContacts(jdbc);
        signIn("giamsat");
        long inspection = fixture.salesInspection(SupervisionFixture.LUC_NAM_SALES);
        samples.draw(inspection, new SampleRequest(4, null, false));
        SampledContact contact = samples.sheet(inspection).contacts().getFirst();
        long id = Objects.requireNonNull(contact.getId());

        SampleSheet own = as("lucnam.truongphong", () -> samples.sheet(inspection));
        assertThat(own.contacts()).hasSize(4);
        assertThat(own.editable()).isFalse();
        assertThat(as("giamdoc", () -> samples.sheet(inspection).contacts())).hasSize(4);
        assertThatThrownBy(() -> as("lucngan.truongphong", () -> samples.sheet(inspection)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("lucnam.cskh1", () -> samples.sheet(inspection)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("lucnam.truongphong",
                () -> samples.record(id, contact.getVersion(), CallbackResult.CONFIRMED, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("admin", () -> samples.draw(inspection, new SampleRequest(4, null, false))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void executionsLoggedContactsAreReadBySupervisorsOnlyNotByCareStaffOrManagers() throws Exception {
        CallbackFixture.twentyContacts(jdbc);

        List<Long> someIds = as("giamsat", () -> loggedContacts.first(SupervisionFixture.CAMPAIGN,
                SupervisionFixture.LUC_NAM_SALES, new OutcomeStratum(ContactOutcome.REACHED_ACCEPTED, 10),
                new SeededOrder(1, Set.of(), 1.0), 3)).stream().map(LoggedOutcome::contactId).toList();
        assertThat(as("giamsat", () -> loggedContacts.ofIds(someIds))).extracting(LoggedContact::contactId)
                .containsExactlyInAnyOrderElementsOf(someIds);
        for (String user : List.of("lucnam.cskh1", "lucnam.truongphong")) {
            assertThatThrownBy(() -> as(user, () -> loggedContacts.ofIds(someIds))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
