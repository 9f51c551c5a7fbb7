package vn.vnpt.bacgiang.cskh.customer;

import java.util.EnumSet;
import java.util.Set;

/** The services VNPT Bắc Giang sells; each has a bit in the customer's service masks. */
public enum Service {
    VINAPHONE_PREPAID, VINAPHONE_POSTPAID, FIBERVNN, MYTV, FIXED_LINE;

    public int bit() {
        return 1 << ordinal();
    }

    public String labelKey() {
        return "customer.service." + name();
    }

    public static int mask(Set<Service> services) {
        return services.stream().mapToInt(Service::bit).reduce(0, (a, b) -> a | b);
    }

    public static Set<Service> fromMask(int mask) {
        EnumSet<Service> services = EnumSet.noneOf(Service.class);
        for (Service service : values()) {
            if ((mask & service.bit()) != 0) {
                services.add(service);
            }
        }
        return services;
    }
}
