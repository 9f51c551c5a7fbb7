package vn.vnpt.bacgiang.cskh.customer.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vnpt.bacgiang.cskh.customer.CustomerKind;
import vn.vnpt.bacgiang.cskh.org.District;

/**
 * The units that manage customers: people and household businesses belong to one of their district's
 * stores (some to the district sales department itself), enterprises and agencies to the Enterprise
 * Sales Dept (PBH DN) wherever they are.
 */
record ManagingUnits(UnitRef enterpriseSales, Map<District, UnitRef> salesDepartments,
                     Map<District, List<UnitRef>> stores) {

    private static final double MANAGED_BY_DEPARTMENT = 0.15;

    /** What a customer row needs of its managing unit. */
    record UnitRef(long id, String path, @Nullable District district) {
    }

    static ManagingUnits read(JdbcClient jdbc) {
        record Row(String kind, UnitRef unit) {
        }
        List<Row> rows = jdbc.sql("""
                        select id, kind, district, path from unit
                        where active and kind in ('ENTERPRISE_SALES', 'DISTRICT_SALES', 'STORE')
                        order by id""")
                .query((row, number) -> {
                    String district = row.getString("district");
                    return new Row(row.getString("kind"), new UnitRef(row.getLong("id"), row.getString("path"),
                            district == null ? null : District.valueOf(district)));
                })
                .list();
        List<UnitRef> enterpriseSales = new ArrayList<>();
        Map<District, UnitRef> departments = new EnumMap<>(District.class);
        Map<District, List<UnitRef>> stores = new EnumMap<>(District.class);
        for (Row row : rows) {
            District district = row.unit().district();
            switch (row.kind()) {
                case "ENTERPRISE_SALES" -> enterpriseSales.add(row.unit());
                case "DISTRICT_SALES" -> departments.put(Objects.requireNonNull(district), row.unit());
                default -> stores.computeIfAbsent(Objects.requireNonNull(district), key -> new ArrayList<>())
                        .add(row.unit());
            }
        }
        if (enterpriseSales.isEmpty() || departments.size() < District.values().length) {
            throw new IllegalStateException("Generated customers need an active Enterprise Sales Dept and an active "
                    + "sales department in every district; found " + enterpriseSales + " and " + departments.keySet());
        }
        return new ManagingUnits(enterpriseSales.getFirst(), departments, stores);
    }

    UnitRef pick(RandomGenerator random, CustomerKind kind, District district) {
        if (kind.isOrganisation()) {
            return enterpriseSales;
        }
        List<UnitRef> districtStores = stores.getOrDefault(district, List.of());
        if (districtStores.isEmpty() || random.nextDouble() < MANAGED_BY_DEPARTMENT) {
            return salesDepartments.get(district);
        }
        return districtStores.get(random.nextInt(districtStores.size()));
    }
}
