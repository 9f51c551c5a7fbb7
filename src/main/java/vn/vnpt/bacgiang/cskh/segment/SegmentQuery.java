package vn.vnpt.bacgiang.cskh.segment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.customer.ArpuTrend;
import vn.vnpt.bacgiang.cskh.customer.ChurnRisk;
import vn.vnpt.bacgiang.cskh.customer.CustomerKind;
import vn.vnpt.bacgiang.cskh.customer.VipTier;
import vn.vnpt.bacgiang.cskh.org.District;
import vn.vnpt.bacgiang.cskh.security.CurrentUser;
import vn.vnpt.bacgiang.cskh.security.Permissions;

/**
 * Counts and lists the customers matching criteria, always within the user's unit scope: a
 * district's sales manager segments only the customers their units manage. Counting never reads
 * a customer row (one {@code GROUP BY} over a covering index) and paging never counts.
 */
@Service
@PreAuthorize(Permissions.HAS_SEGMENT_BUILD)
@Transactional(readOnly = true)
public class SegmentQuery {

    private static final int EXPORT_FETCH_SIZE = 1000;
    private static final String MEMBER_COLUMNS = """
            SELECT c.id, c.code, c.name, c.kind, c.district, c.unit_id, c.phone, c.arpu, c.arpu_trend,
                   c.customer_since, c.vip_tier, c.churn_risk, c.overdue_amount, c.birth_date
            FROM customer c
            WHERE\s""";

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streamingJdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final KeptCounts kept;

    SegmentQuery(DataSource dataSource, CurrentUser currentUser, Clock clock, KeptCounts kept) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        // A positive fetch size makes the MariaDB driver stream rows instead of buffering the whole result.
        streaming.setFetchSize(EXPORT_FETCH_SIZE);
        this.streamingJdbc = new NamedParameterJdbcTemplate(streaming);
        this.currentUser = currentUser;
        this.clock = clock;
        this.kept = kept;
    }

    /** Today in Vietnam: tenure, recency and the presets are relative to it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The total and the breakdown per district and per managing unit, from one grouped query, at most a minute old
     * (kept per scope, criteria and the dates they resolve to; a change to the customers counts them again).
     */
    public SegmentCount count(SegmentCriteria criteria) {
        // the statement is built here, where the user is signed in: the count may run on another thread
        SegmentSql.Where where = where(criteria);
        return kept.of(where.key(), () -> countNow(where));
    }

    /** The same count taken now, never kept: what the benchmark times. */
    SegmentCount countNow(SegmentCriteria criteria) {
        return countNow(where(criteria));
    }

    private SegmentCount countNow(SegmentSql.Where where) {
        Map<District, Long> byDistrict = new EnumMap<>(District.class);
        Map<String, Long> byUnitPath = new HashMap<>();
        jdbc.query("SELECT c.district, c.unit_path, COUNT(*) AS members FROM customer c WHERE " + where.sql()
                + " GROUP BY c.district, c.unit_path", where.parameters(), row -> {
                    District district = District.valueOf(row.getString("district"));
                    String path = row.getString("unit_path");
                    long members = row.getLong("members");
                    byDistrict.merge(district, members, Long::sum);
                    byUnitPath.merge(path, members, Long::sum);
                });
        List<SegmentCount.DistrictCount> districts = byDistrict.entrySet().stream()
                .map(entry -> new SegmentCount.DistrictCount(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(SegmentCount.DistrictCount::count).reversed())
                .toList();
        List<SegmentCount.UnitCount> units = new ArrayList<>();
        if (!byUnitPath.isEmpty()) {
            jdbc.query("SELECT id, path, name, district FROM unit WHERE path IN (:paths)",
                    Map.of("paths", byUnitPath.keySet()), row -> {
                        String district = row.getString("district");
                        units.add(new SegmentCount.UnitCount(row.getLong("id"), row.getString("name"),
                                district == null ? null : District.valueOf(district),
                                byUnitPath.get(row.getString("path"))));
                    });
        }
        units.sort(Comparator.comparingLong(SegmentCount.UnitCount::count).reversed()
                .thenComparing(SegmentCount.UnitCount::unitName));
        return new SegmentCount(byDistrict.values().stream().mapToLong(Long::longValue).sum(), districts, units);
    }

    /** One page of members, sorted on the server; no count is run. */
    public List<SegmentMember> members(SegmentCriteria criteria, MemberOrder order, int offset, int limit) {
        SegmentSql.Where where = where(criteria);
        MapSqlParameterSource parameters = where.parameters()
                .addValue("limit", limit)
                .addValue("offset", offset);
        return jdbc.query(MEMBER_COLUMNS + where.sql() + " ORDER BY " + order.orderBy()
                + " LIMIT :limit OFFSET :offset", parameters, memberMapper());
    }

    /** Every member in order, streamed row by row so that a big segment never sits in memory. */
    void forEachMember(SegmentCriteria criteria, MemberOrder order, Consumer<SegmentMember> action) {
        SegmentSql.Where where = where(criteria);
        RowMapper<SegmentMember> mapper = memberMapper();
        streamingJdbc.query(MEMBER_COLUMNS + where.sql() + " ORDER BY " + order.orderBy(), where.parameters(),
                (RowCallbackHandler) row -> action.accept(mapper.mapRow(row, 0)));
    }

    /**
     * Runs one {@code INSERT ... SELECT} of the current members straight in the database, for a
     * module that freezes a segment's member list: {@code insertInto} names the target table and
     * columns, {@code columns} the selected values over the customer alias {@code c}, and
     * {@code parameters} any named parameters those use. Returns the rows inserted.
     */
    public int insertMembers(SegmentCriteria criteria, String insertInto, String columns, Map<String, ?> parameters) {
        SegmentSql.Where where = where(criteria);
        MapSqlParameterSource all = where.parameters();
        parameters.forEach(all::addValue);
        return jdbc.update(insertInto + " SELECT " + columns + " FROM customer c WHERE " + where.sql(), all);
    }

    /** The packages customers subscribe to, for the package criterion. */
    public List<String> packageNames() {
        return jdbc.getJdbcTemplate().queryForList(
                "SELECT DISTINCT package_name FROM subscription ORDER BY package_name", String.class);
    }

    private SegmentSql.Where where(SegmentCriteria criteria) {
        criteria.validate();
        return SegmentSql.of(criteria, currentUser.scope().pathPattern(), today(), this::unitPaths);
    }

    private List<String> unitPaths(Set<Long> unitIds) {
        return jdbc.queryForList("SELECT path FROM unit WHERE id IN (:ids)", Map.of("ids", unitIds), String.class);
    }

    /**
     * Unit names come from a separate look-up of the few units: joining {@code unit} in the page
     * query leads the optimiser to drive from {@code unit} and sort every member before the limit.
     */
    private RowMapper<SegmentMember> memberMapper() {
        LocalDate today = today();
        Map<Long, String> unitNames = new HashMap<>();
        jdbc.getJdbcTemplate().query("SELECT id, name FROM unit",
                (RowCallbackHandler) row -> unitNames.put(row.getLong("id"), row.getString("name")));
        return (row, number) -> member(row, today, unitNames);
    }

    private static SegmentMember member(ResultSet row, LocalDate today, Map<Long, String> unitNames)
            throws SQLException {
        LocalDate since = row.getObject("customer_since", LocalDate.class);
        return new SegmentMember(row.getLong("id"), row.getString("code"), row.getString("name"),
                CustomerKind.valueOf(row.getString("kind")), District.valueOf(row.getString("district")),
                unitNames.getOrDefault(row.getLong("unit_id"), ""), row.getString("phone"), row.getLong("arpu"),
                ArpuTrend.values()[row.getInt("arpu_trend")], since, Period.between(since, today).getYears(),
                VipTier.valueOf(row.getString("vip_tier")), ChurnRisk.values()[row.getInt("churn_risk")],
                row.getLong("overdue_amount"), row.getObject("birth_date", LocalDate.class));
    }
}
