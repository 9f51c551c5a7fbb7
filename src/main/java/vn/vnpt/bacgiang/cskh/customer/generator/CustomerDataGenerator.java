package vn.vnpt.bacgiang.cskh.customer.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.customer.CustomerIndicators;
import vn.vnpt.bacgiang.cskh.customer.CustomerKind;
import vn.vnpt.bacgiang.cskh.customer.VipTier;

/**
 * Generates customers one after the other from one seeded random generator: who they are, where they
 * live, which unit manages them, their subscriptions and complaints, and the indicators the portal
 * computes from those ({@link CustomerIndicators}), so that generated rows look as if the portal wrote them.
 */
final class CustomerDataGenerator {

    private static final double GOVERNMENT_SHARE = 0.007;
    private static final double HOUSEHOLD_BUSINESS_SHARE = 0.075;
    private static final long LONGEST_TENURE_DAYS = 25 * 365;

    private record AgeBand(int from, int to) {
    }

    private static final Weighted<AgeBand> AGES = Weighted.<AgeBand>builder()
            .add(12, new AgeBand(18, 24)).add(22, new AgeBand(25, 34)).add(22, new AgeBand(35, 44))
            .add(18, new AgeBand(45, 54)).add(14, new AgeBand(55, 64)).add(8, new AgeBand(65, 74))
            .add(4, new AgeBand(75, 85)).build();

    private final RandomGenerator random;
    private final ManagingUnits units;
    private final LocalDate asOf;
    private final SubscriptionGenerator subscriptions;
    private final ComplaintGenerator complaints;
    private long nextId;

    CustomerDataGenerator(long seed, FirstIds firstIds, ManagingUnits units, LocalDate asOf) {
        this.random = new SplittableRandom(seed);
        this.units = units;
        this.asOf = asOf;
        this.subscriptions = new SubscriptionGenerator(random, asOf, firstIds.subscription());
        this.complaints = new ComplaintGenerator(random, asOf, firstIds.complaint());
        this.nextId = firstIds.customer();
    }

    GeneratedCustomer next() {
        long id = nextId++;
        DistrictProfile district = DistrictProfile.pick(random);
        CustomerKind kind = kind(district);
        Commune commune = district.communes().pick(random);
        LocalDate birthDate = birthDate(kind);
        String person = birthDate == null || kind.isOrganisation() ? ""
                : VietnameseNames.person(random, VietnameseNames.gender(random), birthDate.getYear());
        String name = switch (kind) {
            case INDIVIDUAL -> person;
            case HOUSEHOLD_BUSINESS -> OrganisationNames.householdBusiness(random, person);
            case ENTERPRISE -> OrganisationNames.enterprise(random, commune);
            case GOVERNMENT -> OrganisationNames.government(random, commune, district);
        };
        LocalDate since = customerSince(kind, birthDate);
        List<GeneratedSubscription> held = subscriptions.generate(kind, district.district(), since);
        List<GeneratedComplaint> made = complaints.generate(kind.isOrganisation(), since, held);
        String phone = ContactDetails.phone(random, kind, held);
        String email = ContactDetails.email(random, kind, kind.isOrganisation() ? name : person, birthDate);
        String address = ContactDetails.address(random, commune, district);
        ManagingUnits.UnitRef unit = units.pick(random, kind, district.district());
        VipTier vipTier = vipTier(since);
        CustomerIndicators.Indicators indicators = CustomerIndicators.compute(
                held.stream().map(GeneratedSubscription::facts).toList(),
                made.stream().map(GeneratedComplaint::facts).toList(), asOf);
        return new GeneratedCustomer(id, "KH%08d".formatted(id), name, kind, birthDate, phone, email,
                district.district(), commune.title(), address, unit, since, vipTier, held, made, indicators);
    }

    /** Industrial districts have more enterprises; agencies and household businesses are everywhere. */
    private CustomerKind kind(DistrictProfile district) {
        double draw = random.nextDouble();
        if (draw < district.enterpriseShare()) {
            return CustomerKind.ENTERPRISE;
        }
        draw -= district.enterpriseShare();
        if (draw < GOVERNMENT_SHARE) {
            return CustomerKind.GOVERNMENT;
        }
        return draw - GOVERNMENT_SHARE < HOUSEHOLD_BUSINESS_SHARE ? CustomerKind.HOUSEHOLD_BUSINESS
                : CustomerKind.INDIVIDUAL;
    }

    /** A person's birthday (of the owner, for a household business), an enterprise's founding day. */
    private @Nullable LocalDate birthDate(CustomerKind kind) {
        return switch (kind) {
            case INDIVIDUAL, HOUSEHOLD_BUSINESS -> {
                AgeBand band = AGES.pick(random);
                yield asOf.minusYears(random.nextInt(band.from(), band.to() + 1)).minusDays(random.nextInt(365));
            }
            case ENTERPRISE -> asOf.minusDays(random.nextLong(180, 30 * 365));
            case GOVERNMENT -> null;
        };
    }

    /** Recent customers are the most frequent; nobody signs a contract before 18 or before being founded. */
    private LocalDate customerSince(CustomerKind kind, @Nullable LocalDate birthDate) {
        LocalDate since = asOf.minusDays((long) (LONGEST_TENURE_DAYS * Math.pow(random.nextDouble(), 1.3)));
        LocalDate earliest = birthDate == null ? since : kind.isOrganisation() ? birthDate : birthDate.plusYears(18);
        if (!since.isBefore(earliest)) {
            return since;
        }
        return earliest.plusDays(random.nextLong(ChronoUnit.DAYS.between(earliest, asOf) + 1));
    }

    /** Tiers reward at least a year of spending. */
    private VipTier vipTier(LocalDate since) {
        if (since.isAfter(asOf.minusYears(1))) {
            return VipTier.NONE;
        }
        double draw = random.nextDouble();
        return draw < 0.017 ? VipTier.DIAMOND : draw < 0.067 ? VipTier.GOLD : draw < 0.167 ? VipTier.SILVER
                : VipTier.NONE;
    }
}
