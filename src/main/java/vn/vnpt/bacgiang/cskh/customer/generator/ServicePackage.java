package vn.vnpt.bacgiang.cskh.customer.generator;

import java.util.EnumMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import vn.vnpt.bacgiang.cskh.customer.Service;

/**
 * A package of a service and what a month of it costs, in VND: a mobile bill moves with usage
 * (±{@code usageSwing}); Internet, MyTV and fixed-line packages are flat fees.
 */
record ServicePackage(Service service, String name, long minCharge, long maxCharge, double usageSwing) {

    private static final Map<Service, Weighted<ServicePackage>> FOR_PEOPLE = new EnumMap<>(Service.class);
    private static final Map<Service, Weighted<ServicePackage>> FOR_ORGANISATIONS = new EnumMap<>(Service.class);

    static {
        both(Service.VINAPHONE_PREPAID, Weighted.<ServicePackage>builder()
                .add(35, usage(Service.VINAPHONE_PREPAID, "VinaCard", 50_000, 150_000))
                .add(20, usage(Service.VINAPHONE_PREPAID, "VD89", 89_000, 160_000))
                .add(15, usage(Service.VINAPHONE_PREPAID, "D60G", 120_000, 220_000))
                .add(20, usage(Service.VINAPHONE_PREPAID, "BIG90", 90_000, 180_000))
                .add(10, usage(Service.VINAPHONE_PREPAID, "VD149", 149_000, 300_000))
                .build());
        FOR_PEOPLE.put(Service.VINAPHONE_POSTPAID, Weighted.<ServicePackage>builder()
                .add(30, usage(Service.VINAPHONE_POSTPAID, "Trả sau cơ bản", 100_000, 300_000))
                .add(30, usage(Service.VINAPHONE_POSTPAID, "Alo 109", 109_000, 250_000))
                .add(25, usage(Service.VINAPHONE_POSTPAID, "Alo 189", 189_000, 400_000))
                .add(10, usage(Service.VINAPHONE_POSTPAID, "Smart 299", 299_000, 550_000))
                .add(5, usage(Service.VINAPHONE_POSTPAID, "VIP 499", 499_000, 800_000))
                .build());
        FOR_ORGANISATIONS.put(Service.VINAPHONE_POSTPAID, Weighted.<ServicePackage>builder()
                .add(30, usage(Service.VINAPHONE_POSTPAID, "Alo 189", 189_000, 400_000))
                .add(40, usage(Service.VINAPHONE_POSTPAID, "Smart 299", 299_000, 550_000))
                .add(30, usage(Service.VINAPHONE_POSTPAID, "VIP 499", 499_000, 800_000))
                .build());
        FOR_PEOPLE.put(Service.FIBERVNN, Weighted.<ServicePackage>builder()
                .add(30, flat(Service.FIBERVNN, "Home Net 1", 165_000))
                .add(30, flat(Service.FIBERVNN, "Home Net 2", 189_000))
                .add(15, flat(Service.FIBERVNN, "Home Net 3", 229_000))
                .add(10, flat(Service.FIBERVNN, "Fiber60", 200_000))
                .add(15, flat(Service.FIBERVNN, "FiberVNN 150Mbps", 260_000))
                .build());
        FOR_ORGANISATIONS.put(Service.FIBERVNN, Weighted.<ServicePackage>builder()
                .add(40, flat(Service.FIBERVNN, "FiberVNN 150Mbps", 260_000))
                .add(40, flat(Service.FIBERVNN, "FiberVNN 300Mbps", 330_000))
                .add(20, flat(Service.FIBERVNN, "Fiber Doanh nghiệp 500Mbps", 400_000))
                .build());
        both(Service.MYTV, Weighted.<ServicePackage>builder()
                .add(50, flat(Service.MYTV, "MyTV Chuẩn", 60_000))
                .add(35, flat(Service.MYTV, "MyTV Nâng cao", 90_000))
                .add(15, flat(Service.MYTV, "MyTV VIP", 120_000))
                .build());
        both(Service.FIXED_LINE, Weighted.<ServicePackage>builder()
                .add(70, usage(Service.FIXED_LINE, "Cố định nội hạt", 30_000, 80_000))
                .add(30, flat(Service.FIXED_LINE, "Cố định trọn gói", 55_000))
                .build());
    }

    static ServicePackage pick(RandomGenerator random, Service service, boolean organisation) {
        return (organisation ? FOR_ORGANISATIONS : FOR_PEOPLE).get(service).pick(random);
    }

    /** This subscriber's usual monthly bill, rounded to 1 000 ₫. */
    long usualCharge(RandomGenerator random) {
        return minCharge == maxCharge ? minCharge : roundToThousand(random.nextLong(minCharge, maxCharge + 1));
    }

    /** One month's bill around the usual one, within the package's range. */
    long monthCharge(RandomGenerator random, long usual) {
        return usageSwing == 0 ? usual
                : Math.clamp(roundToThousand(usual * (1 + random.nextDouble(-usageSwing, usageSwing))), minCharge,
                maxCharge);
    }

    static long roundToThousand(double amount) {
        return Math.round(amount / 1000) * 1000;
    }

    private static ServicePackage usage(Service service, String name, long minCharge, long maxCharge) {
        return new ServicePackage(service, name, minCharge, maxCharge, 0.25);
    }

    private static ServicePackage flat(Service service, String name, long charge) {
        return new ServicePackage(service, name, charge, charge, 0);
    }

    private static void both(Service service, Weighted<ServicePackage> packages) {
        FOR_PEOPLE.put(service, packages);
        FOR_ORGANISATIONS.put(service, packages);
    }
}
