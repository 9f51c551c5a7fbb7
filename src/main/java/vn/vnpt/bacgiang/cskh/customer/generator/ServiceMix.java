package vn.vnpt.bacgiang.cskh.customer.generator;

import java.util.Set;
import java.util.random.RandomGenerator;
import vn.vnpt.bacgiang.cskh.customer.CustomerKind;
import vn.vnpt.bacgiang.cskh.customer.Service;

/**
 * How many subscriptions a kind of customer holds and which services they are. Together the kinds
 * average about 1.6 subscriptions per customer.
 */
record ServiceMix(Weighted<Integer> counts, Weighted<Service> services) {

    private static final ServiceMix INDIVIDUAL = new ServiceMix(
            counts(62, 27, 8, 3),
            services(40, 14, 30, 12, 4));
    private static final ServiceMix HOUSEHOLD_BUSINESS = new ServiceMix(
            counts(35, 40, 18, 7),
            services(25, 20, 30, 12, 13));
    private static final ServiceMix ENTERPRISE = new ServiceMix(
            Weighted.<Integer>builder().add(15, 1).add(20, 2).add(20, 3).add(15, 4).add(10, 5).add(8, 6).add(7, 8)
                    .add(5, 12).build(),
            services(5, 45, 30, 5, 15));
    private static final ServiceMix GOVERNMENT = new ServiceMix(
            counts(20, 35, 30, 15),
            services(1, 25, 35, 10, 30));

    static ServiceMix of(CustomerKind kind) {
        return switch (kind) {
            case INDIVIDUAL -> INDIVIDUAL;
            case HOUSEHOLD_BUSINESS -> HOUSEHOLD_BUSINESS;
            case ENTERPRISE -> ENTERPRISE;
            case GOVERNMENT -> GOVERNMENT;
        };
    }

    int count(RandomGenerator random) {
        return counts.pick(random);
    }

    /**
     * The next service for a customer who already holds {@code held}: SIMs repeat, a family has one
     * Internet and one fixed line (offices may have more), and MyTV runs over a FiberVNN line.
     */
    Service service(RandomGenerator random, Set<Service> held, boolean organisation) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Service service = services.pick(random);
            boolean allowed = switch (service) {
                case VINAPHONE_PREPAID, VINAPHONE_POSTPAID -> true;
                case FIBERVNN, FIXED_LINE -> organisation || !held.contains(service);
                case MYTV -> held.contains(Service.FIBERVNN) && !held.contains(Service.MYTV);
            };
            if (allowed) {
                return service;
            }
        }
        return organisation ? Service.VINAPHONE_POSTPAID : Service.VINAPHONE_PREPAID;
    }

    private static Weighted<Integer> counts(double one, double two, double three, double four) {
        return Weighted.<Integer>builder().add(one, 1).add(two, 2).add(three, 3).add(four, 4).build();
    }

    private static Weighted<Service> services(double prepaid, double postpaid, double fiber, double myTv,
                                              double fixedLine) {
        return Weighted.<Service>builder().add(prepaid, Service.VINAPHONE_PREPAID)
                .add(postpaid, Service.VINAPHONE_POSTPAID).add(fiber, Service.FIBERVNN).add(myTv, Service.MYTV)
                .add(fixedLine, Service.FIXED_LINE).build();
    }
}
