package vn.vnpt.bacgiang.cskh.customer.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.customer.CustomerKind;
import vn.vnpt.bacgiang.cskh.org.District;

/** The generated rows, before any loading: reproducible, spread like the province, and realistic. */
class CustomerDataGeneratorTest extends PortalTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final long ENTERPRISE_SALES = 5;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void theSameSeedGivesTheSameCustomersAndAnotherSeedOtherOnes() {
        List<GeneratedCustomer> first = population(7).customers().limit(50).toList();
        List<GeneratedCustomer> again = population(7).customers().limit(50).toList();
        List<GeneratedCustomer> other = population(8).customers().limit(50).toList();

        assertThat(again).isEqualTo(first);
        assertThat(other).extracting(GeneratedCustomer::name)
                .isNotEqualTo(first.stream().map(GeneratedCustomer::name).toList());
    }

    @Test
    void everyDistrictHasCustomersAndTheCityManyMoreThanMountainousSonDong() {
        Map<District, Long> perDistrict = small().stream()
                .collect(Collectors.groupingBy(GeneratedCustomer::district, Collectors.counting()));

        assertThat(perDistrict).containsOnlyKeys(District.values());
        assertThat(perDistrict.get(District.BGG)).isGreaterThan(3 * perDistrict.get(District.SDG));
        assertThat(perDistrict.get(District.VYN)).isGreaterThan(perDistrict.get(District.YTE));
    }

    @Test
    void enterprisesAndAgenciesBelongToTheEnterpriseSalesDeptAndPeopleToTheirDistrictsUnits() {
        ManagingUnits units = ManagingUnits.read(jdbc);
        List<GeneratedCustomer> customers = small();

        assertThat(customers).filteredOn(customer -> customer.kind().isOrganisation()).isNotEmpty()
                .allSatisfy(customer -> assertThat(customer.unit().id()).isEqualTo(ENTERPRISE_SALES));
        assertThat(customers).filteredOn(customer -> !customer.kind().isOrganisation())
                .allSatisfy(customer -> assertThat(customer.unit().path())
                        .startsWith(units.salesDepartments().get(customer.district()).path()));
        assertThat(customers).extracting(GeneratedCustomer::kind).contains(CustomerKind.values());
    }

    @Test
    void customersHoldAboutOnePointSixSubscriptionsEachAndAboutEightPercentComplained() {
        List<GeneratedCustomer> customers = small();

        double subscriptions = customers.stream().mapToInt(customer -> customer.subscriptions().size()).average()
                .orElseThrow();
        double complained = customers.stream().filter(customer -> !customer.complaints().isEmpty()).count()
                / (double) customers.size();
        assertThat(subscriptions).isBetween(1.4, 1.8);
        assertThat(complained).isBetween(0.06, 0.10);
    }

    @Test
    void namesAreVietnameseWithDiacriticsAndNguyenIsTheCommonestFamilyName() {
        List<String> people = small().stream().filter(customer -> customer.kind() == CustomerKind.INDIVIDUAL)
                .map(GeneratedCustomer::name).toList();

        assertThat(people).allSatisfy(name -> {
            assertThat(name).matches("\\p{Lu}\\p{L}*( \\p{Lu}\\p{L}*){2,3}");
            assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue();
        });
        assertThat(people.stream().filter(name -> !name.chars().allMatch(c -> c < 128)).count())
                .isGreaterThan(people.size() * 9 / 10);
        Map<String, Long> families = people.stream()
                .collect(Collectors.groupingBy(name -> name.substring(0, name.indexOf(' ')), Collectors.counting()));
        assertThat(families.get("Nguyễn") / (double) people.size()).isBetween(0.33, 0.43);
        assertThat(families).containsKeys("Trần", "Lê", "Thân", "Giáp");
    }

    @Test
    void peopleAreAdultsWithBirthdaysAllYearRoundAndVinaPhoneNumbers() {
        List<GeneratedCustomer> people = small().stream()
                .filter(customer -> customer.kind() == CustomerKind.INDIVIDUAL).toList();

        assertThat(people).allSatisfy(person -> {
            assertThat(Period.between(person.birthDate(), AS_OF).getYears()).isBetween(18, 85);
            assertThat(person.phone()).matches("(091|094|088|08[1-5])\\d{7}");
            assertThat(person.customerSince()).isBetween(AS_OF.minusYears(25), AS_OF);
        });
        assertThat(people).extracting(person -> person.birthDate().getMonthValue()).containsAll(
                List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    }

    @Test
    void customerCodesAndSubscriptionNumbersAreUnique() {
        List<GeneratedCustomer> customers = small();

        assertThat(customers).extracting(GeneratedCustomer::code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("KH\\d{8}"));
        assertThat(customers.stream().flatMap(customer -> customer.subscriptions().stream())
                .map(subscription -> subscription.service() + " " + subscription.number()))
                .doesNotHaveDuplicates();
    }

    private List<GeneratedCustomer> small() {
        return population(GeneratedPopulation.DEFAULT_SEED).customers().toList();
    }

    private GeneratedPopulation population(long seed) {
        return new GeneratedPopulation(PopulationSize.SMALL.customers(), seed, new FirstIds(1, 1, 1),
                ManagingUnits.read(jdbc), AS_OF);
    }
}
