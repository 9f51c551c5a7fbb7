package vn.vnpt.bacgiang.cskh.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.supervision.CallbackFixture;
import vn.vnpt.bacgiang.cskh.supervision.SupervisionFixture;

/** The seeded orders a callback sample is drawn from, over Lục Nam's twenty contacts of campaign 9. Rolled back. */
@Transactional
class LoggedContactsTest extends PortalTest {

    private static final long CAMPAIGN = SupervisionFixture.CAMPAIGN;
    private static final long UNIT = SupervisionFixture.LUC_NAM_SALES;

    @Autowired
    private LoggedContacts loggedContacts;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void eachOutcomeComesWithAllItsContactsCountedAndItsFirstOnesInTheSeedsOrder() {
        CallbackFixture.twentyContacts(jdbc);
        signIn("giamsat");

        List<OutcomeStratum> strata = loggedContacts.strata(CAMPAIGN, UNIT, uniform(42), 3);

        assertThat(strata).extracting(OutcomeStratum::outcome, OutcomeStratum::contacts).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ContactOutcome.REACHED_ACCEPTED, 10),
                org.assertj.core.groups.Tuple.tuple(ContactOutcome.REACHED_DECLINED, 6),
                org.assertj.core.groups.Tuple.tuple(ContactOutcome.NOT_REACHED, 4));
        assertThat(strata).allSatisfy(stratum -> assertThat(stratum.first()).hasSize(3)
                .allSatisfy(contact -> assertThat(contact.outcome()).isEqualTo(stratum.outcome())));
        List<Long> accepted = jdbc.queryForList("SELECT id FROM care_contact WHERE unit_id = ? AND campaign_id = ? "
                + "AND outcome = 'REACHED_ACCEPTED'", Long.class, UNIT, CAMPAIGN);
        assertThat(loggedContacts.strata(CAMPAIGN, UNIT, uniform(42), 10).getFirst().first())
                .extracting(LoggedOutcome::contactId).containsExactlyInAnyOrderElementsOf(accepted)
                .startsWith(ids(strata.getFirst()).toArray(Long[]::new));
    }

    @Test
    void theSameSeedGivesTheSameOrderAndOtherSeedsOtherOrders() {
        CallbackFixture.twentyContacts(jdbc);
        signIn("giamsat");

        List<Long> first = ids(loggedContacts.strata(CAMPAIGN, UNIT, uniform(42), 10).getFirst());
        Set<List<Long>> others = java.util.stream.LongStream.range(43, 53)
                .mapToObj(seed -> ids(loggedContacts.strata(CAMPAIGN, UNIT, uniform(seed), 10).getFirst()))
                .collect(Collectors.toSet());

        assertThat(ids(loggedContacts.strata(CAMPAIGN, UNIT, uniform(42), 10).getFirst())).isEqualTo(first);
        assertThat(others).hasSizeGreaterThan(8).doesNotContain(first);
    }

    @Test
    void aFavouredStaffMembersContactsComeFirstMoreOftenThanTheirShare() {
        CallbackFixture.twentyContacts(jdbc);
        signIn("giamsat");

        // Sơn logged 4 of the 10 accepted contacts: count how often his are among the first three.
        long plain = 0;
        long favoured = 0;
        for (long seed = 0; seed < 60; seed++) {
            plain += sonAmongFirstThree(new SeededOrder(seed, Set.of(), 3.0));
            favoured += sonAmongFirstThree(new SeededOrder(seed, Set.of(CallbackFixture.SON), 3.0));
        }

        assertThat(favoured).isGreaterThan(plain + plain / 4);
    }

    @Test
    void talliesCountEachStaffMembersContactsPerOutcome() {
        CallbackFixture.twentyContacts(jdbc);
        signIn("giamsat");

        Map<String, Integer> tallies = loggedContacts.tallies(CAMPAIGN, UNIT).stream().collect(Collectors.toMap(
                tally -> tally.staffId() + " " + tally.outcome(), StaffOutcomes::contacts));

        assertThat(tallies).isEqualTo(Map.of(
                CallbackFixture.MAI + " REACHED_ACCEPTED", 6, CallbackFixture.MAI + " REACHED_DECLINED", 2,
                CallbackFixture.MAI + " NOT_REACHED", 2, CallbackFixture.SON + " REACHED_ACCEPTED", 4,
                CallbackFixture.SON + " REACHED_DECLINED", 4, CallbackFixture.SON + " NOT_REACHED", 2));
    }

    @Test
    void everyContactKeepsTheUnitOfTheTaskItWasLoggedOn() {
        CallbackFixture.twentyContacts(jdbc);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_contact cc JOIN care_task t ON t.id = cc.task_id "
                + "WHERE cc.unit_id <> t.unit_id", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_contact WHERE unit_id = ? AND campaign_id = ?",
                Long.class, UNIT, CAMPAIGN)).isEqualTo(20L);
    }

    @Test
    void onlySupervisorsReadTheContactsOfAUnit() {
        for (String user : List.of("lucnam.cskh1", "lucnam.truongphong", "kehoach", "admin")) {
            assertThatThrownBy(() -> as(user, () -> loggedContacts.strata(CAMPAIGN, UNIT, uniform(1), 5))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> loggedContacts.tallies(CAMPAIGN, UNIT))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private long sonAmongFirstThree(SeededOrder order) {
        return loggedContacts.strata(CAMPAIGN, UNIT, order, 3).getFirst().first().stream()
                .filter(contact -> contact.staffId() == CallbackFixture.SON).count();
    }

    private static SeededOrder uniform(long seed) {
        return new SeededOrder(seed, Set.of(), 1.0);
    }

    private static List<Long> ids(OutcomeStratum stratum) {
        return stratum.first().stream().map(LoggedOutcome::contactId).toList();
    }
}
