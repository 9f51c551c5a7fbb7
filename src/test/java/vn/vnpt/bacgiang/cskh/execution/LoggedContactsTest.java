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
    void eachOutcomeIsCountedAndItsFirstContactsComeInTheSeedsOrder() {
        CallbackFixture.twentyContacts(jdbc);
        signIn("giamsat");

        List<OutcomeStratum> strata = loggedContacts.strata(CAMPAIGN, UNIT);

        assertThat(strata).containsExactly(new OutcomeStratum(ContactOutcome.REACHED_ACCEPTED, 10),
                new OutcomeStratum(ContactOutcome.REACHED_DECLINED, 6), new OutcomeStratum(ContactOutcome.NOT_REACHED, 4));
        List<Long> accepted = jdbc.queryForList("SELECT id FROM care_contact WHERE unit_id = ? AND campaign_id = ? "
                + "AND outcome = 'REACHED_ACCEPTED'", Long.class, UNIT, CAMPAIGN);
        List<Long> firstThree = ids(first(strata.getFirst(), uniform(42), 3));
        assertThat(first(strata.getFirst(), uniform(42), 10)).extracting(LoggedOutcome::contactId)
                .containsExactlyInAnyOrderElementsOf(accepted).startsWith(firstThree.toArray(Long[]::new));
        assertThat(first(strata.get(2), uniform(42), 4)).extracting(LoggedOutcome::outcome)
                .containsOnly(ContactOutcome.NOT_REACHED);
        assertThat(first(strata.get(2), uniform(42), 0)).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameOrderAndOtherSeedsOtherOrders() {
        CallbackFixture.twentyContacts(jdbc);
        signIn("giamsat");
        OutcomeStratum accepted = loggedContacts.strata(CAMPAIGN, UNIT).getFirst();

        List<Long> first = ids(first(accepted, uniform(42), 10));
        Set<List<Long>> others = java.util.stream.LongStream.range(43, 53)
                .mapToObj(seed -> ids(first(accepted, uniform(seed), 10))).collect(Collectors.toSet());

        assertThat(ids(first(accepted, uniform(42), 10))).isEqualTo(first);
        assertThat(others).hasSizeGreaterThan(8).doesNotContain(first);
    }

    @Test
    void aDrawFromManyContactsReadsOnlyTheSeedsWindowOfSampleKeysAndEachContactHasTheSameChance() throws Exception {
        OutcomeStratum notReached = manyNotReached();
        signIn("giamsat");

        Map<Long, Integer> drawn = new java.util.HashMap<>();
        for (long seed = 0; seed < 1000; seed++) {
            SeededOrder order = uniform(seed);
            SeededOrder.KeyWindow window = java.util.Objects.requireNonNull(order.window(notReached.contacts(), 2));
            List<Long> first = ids(first(notReached, order, 2));
            assertThat(first).hasSize(2).doesNotHaveDuplicates().isEqualTo(ids(first(notReached, order, 2)));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_contact WHERE id IN (?, ?) AND "
                    + window.condition(), Integer.class, first.get(0), first.get(1))).as("seed %d", seed).isEqualTo(2);
            first.forEach(id -> drawn.merge(id, 1, Integer::sum));
        }

        // 2 000 draws of 512 contacts, about 3.9 each: by chance about 10 are never drawn and none more than 14
        // times; a window that favoured some keys would starve many or draw some far more often.
        assertThat(drawn.size()).isGreaterThan(480);
        assertThat(drawn.values()).allSatisfy(times -> assertThat(times).isLessThanOrEqualTo(18));
    }

    @Test
    void aWindowHoldingTooFewContactsFallsBackToOrderingTheWholeOutcome() throws Exception {
        OutcomeStratum notReached = manyNotReached();
        signIn("giamsat");
        SeededOrder order = uniform(7);
        SeededOrder.KeyWindow window = java.util.Objects.requireNonNull(order.window(notReached.contacts(), 3));
        // Every key just past the window: it holds none of the contacts.
        jdbc.update("UPDATE care_contact SET sample_key = ? WHERE unit_id = ? AND campaign_id = ? AND outcome = ?",
                (window.from() + window.width()) % (1L << 32), UNIT, CAMPAIGN, ContactOutcome.NOT_REACHED.name());

        assertThat(first(notReached, order, 3)).hasSize(3).extracting(LoggedOutcome::outcome)
                .containsOnly(ContactOutcome.NOT_REACHED);
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
            assertThatThrownBy(() -> as(user, () -> loggedContacts.strata(CAMPAIGN, UNIT))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> first(new OutcomeStratum(ContactOutcome.NOT_REACHED, 4),
                    uniform(1), 2))).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> loggedContacts.tallies(CAMPAIGN, UNIT))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    /** The twenty contacts, their four not reached copied over and over: 512 not reached. */
    private OutcomeStratum manyNotReached() throws Exception {
        CallbackFixture.twentyContacts(jdbc);
        for (int copy = 0; copy < 7; copy++) {
            jdbc.update("INSERT INTO care_contact (task_id, campaign_id, unit_id, customer_id, staff_id, staff_name, "
                    + "contacted_at, channel, outcome) SELECT task_id, campaign_id, unit_id, customer_id, staff_id, "
                    + "staff_name, contacted_at, channel, outcome FROM care_contact WHERE unit_id = ? AND campaign_id = ? "
                    + "AND outcome = 'NOT_REACHED'", UNIT, CAMPAIGN);
        }
        OutcomeStratum notReached = as("giamsat", () -> loggedContacts.strata(CAMPAIGN, UNIT)).getLast();
        assertThat(notReached).isEqualTo(new OutcomeStratum(ContactOutcome.NOT_REACHED, 512));
        return notReached;
    }

    private List<LoggedOutcome> first(OutcomeStratum stratum, SeededOrder order, int n) {
        return loggedContacts.first(CAMPAIGN, UNIT, stratum, order, n);
    }

    private long sonAmongFirstThree(SeededOrder order) {
        return first(loggedContacts.strata(CAMPAIGN, UNIT).getFirst(), order, 3).stream()
                .filter(contact -> contact.staffId() == CallbackFixture.SON).count();
    }

    private static SeededOrder uniform(long seed) {
        return new SeededOrder(seed, Set.of(), 1.0);
    }

    private static List<Long> ids(List<LoggedOutcome> contacts) {
        return contacts.stream().map(LoggedOutcome::contactId).toList();
    }
}
