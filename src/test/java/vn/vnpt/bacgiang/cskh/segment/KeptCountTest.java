package vn.vnpt.bacgiang.cskh.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.TestClock;
import vn.vnpt.bacgiang.cskh.base.KeptFigures;
import vn.vnpt.bacgiang.cskh.customer.CustomerFixtures;
import vn.vnpt.bacgiang.cskh.customer.CustomersChanged;
import vn.vnpt.bacgiang.cskh.org.District;

/**
 * A segment count is kept a minute per scope and criteria, and counted again in the background once half a minute
 * old; a change to the customers counts again.
 */
@Transactional
class KeptCountTest extends PortalTest {

    private static final LocalDateTime NOON = LocalDateTime.now().plusDays(1).withHour(12).withMinute(0).withSecond(0)
            .withNano(0);

    @Autowired
    private SegmentQuery query;
    @Autowired
    private CustomerFixtures fixtures;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestClock clock;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private KeptCounts kept;

    @Test
    void aCountIsKeptAMinutePerScopeAndCriteriaAndCountedAgainWhenCustomersChange() {
        clock.stopAt(NOON);
        long loyal = fixtures.loyalCustomer("Khách của số đếm giữ lại", CustomerFixtures.LUC_NAM_STORE).getId();
        signIn("kehoach");
        SegmentCriteria inLucNam = SegmentCriteria.allOf(new Criterion.Districts(EnumSet.of(District.LNM)));
        SegmentCount counted = query.count(SegmentCriteria.everyone());
        assertThat(counted.total()).isEqualTo(customers());
        long lucNam = query.count(inLucNam).total();
        assertThat(lucNam).isEqualTo(inDistrict(counted, District.LNM));

        jdbc.update("UPDATE customer SET district = 'SDG' WHERE id = ?", loyal);
        assertThat(query.count(SegmentCriteria.everyone())).as("kept").isEqualTo(counted);
        assertThat(query.count(new SegmentCriteria(List.of(new CriteriaGroup(List.of())))))
                .as("the builder's empty first group, kept too").isEqualTo(counted);
        assertThat(query.count(inLucNam).total()).as("the criteria's count, kept").isEqualTo(lucNam);
        assertThat(query.count(SegmentCriteria.allOf(new Criterion.Districts(EnumSet.of(District.LNM,
                District.LNG)))).total()).as("other criteria, counted now").isEqualTo(lucNam - 1
                + inDistrict(counted, District.LNG));

        clock.stopAt(NOON.plus(KeptFigures.MAX_AGE).plusSeconds(1));
        assertThat(inDistrict(query.count(SegmentCriteria.everyone()), District.LNM)).as("a minute later")
                .isEqualTo(lucNam - 1);
        assertThat(query.count(inLucNam).total()).as("the criteria a minute later").isEqualTo(lucNam - 1);

        jdbc.update("UPDATE customer SET district = 'LNM' WHERE id = ?", loyal);
        events.publishEvent(new CustomersChanged());
        assertThat(query.count(SegmentCriteria.everyone())).as("customers changed").isEqualTo(counted);
        assertThat(query.count(inLucNam).total()).as("the criteria, customers changed").isEqualTo(lucNam);

        signIn("lucnam.truongphong");
        assertThat(query.count(SegmentCriteria.everyone()).total()).as("another scope, counted on its own")
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE unit_path LIKE "
                        + "(SELECT CONCAT(path, '%') FROM unit WHERE id = 11)", Long.class));
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void anOpeningPastHalfAMinuteIsServedTheKeptCountWhileItIsCountedAgainInTheBackground() throws Exception {
        clock.stopAt(NOON);
        long customer = fixtures.loyalCustomer("Khách của số đếm lại", CustomerFixtures.LUC_NAM_STORE).getId();
        try {
            signIn("kehoach");
            SegmentCount counted = query.count(SegmentCriteria.everyone());
            long inLucNam = inDistrict(counted, District.LNM);
            jdbc.update("UPDATE customer SET district = 'SDG' WHERE id = ?", customer);

            clock.stopAt(NOON.plus(KeptCounts.RECOUNT_AFTER));
            assertThat(query.count(SegmentCriteria.everyone())).as("half a minute old, kept").isEqualTo(counted);
            kept.awaitRecounts();
            assertThat(query.count(SegmentCriteria.everyone())).as("and not counted again").isEqualTo(counted);

            clock.stopAt(NOON.plus(KeptCounts.RECOUNT_AFTER).plusSeconds(1));
            assertThat(query.count(SegmentCriteria.everyone())).as("served while counted again").isEqualTo(counted);
            kept.awaitRecounts();
            assertThat(inDistrict(query.count(SegmentCriteria.everyone()), District.LNM)).as("counted again")
                    .isEqualTo(inLucNam - 1);
        } finally {
            jdbc.update("DELETE FROM subscription WHERE customer_id = ?", customer);
            jdbc.update("DELETE FROM customer WHERE id = ?", customer);
            events.publishEvent(new CustomersChanged());
        }
    }

    private static long inDistrict(SegmentCount count, District district) {
        return count.districts().stream().filter(line -> line.district() == district)
                .mapToLong(SegmentCount.DistrictCount::count).sum();
    }

    private long customers() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM customer", Long.class);
        return count == null ? 0 : count;
    }
}
