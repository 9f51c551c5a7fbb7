package vn.vnpt.bacgiang.cskh.customer;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Plain JDBC on the customer tables for the import, which must not load a hundred thousand
 * entities: existence checks by key and batched inserts, a thousand rows a statement.
 */
@Component
class CustomerTables {

    private static final String INSERT_CUSTOMER = """
            insert into customer (code, name, kind, birth_date, birth_md, phone, email, district, commune, address,
                unit_id, unit_path, customer_since, vip_tier, services, suspended_services, arpu, arpu_previous,
                arpu_trend, overdue_amount, complaints_12m, last_complaint_on, last_install_on, contract_end_on,
                churn_risk, churn_reasons, indicators_on)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_SUBSCRIPTION = """
            insert into subscription (customer_id, service, number, package_name, start_date, status, contract_end,
                overdue_amount, monthly_charges, charges_until)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    CustomerTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Which of these customer codes are taken. */
    Set<String> existingCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("select code from customer where code in (" + placeholders(codes)
                + ")", String.class, codes.toArray()));
    }

    /** Which of these numbers of one service are taken, as stored (the collation ignores case). */
    Set<String> existingNumbers(Service service, Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return Set.of();
        }
        List<Object> arguments = new ArrayList<>(numbers.size() + 1);
        arguments.add(service.name());
        arguments.addAll(numbers);
        return new HashSet<>(jdbc.queryForList("select number from subscription where service = ? and number in ("
                + placeholders(numbers) + ")", String.class, arguments.toArray()));
    }

    /** Inserts the customers, then their subscriptions; charges are those of the twelve months up to {@code chargesUntil}. */
    void insert(List<NewCustomer> customers, LocalDate chargesUntil) {
        jdbc.batchUpdate(INSERT_CUSTOMER, customers, customers.size(), CustomerTables::setCustomer);
        Map<String, Long> ids = idsByCode(customers.stream().map(customer -> customer.customer().code()).toList());
        List<Map.Entry<Long, ImportedSubscription>> subscriptions = new ArrayList<>();
        for (NewCustomer customer : customers) {
            long id = ids.get(customer.customer().code());
            customer.subscriptions().forEach(subscription -> subscriptions.add(Map.entry(id, subscription)));
        }
        jdbc.batchUpdate(INSERT_SUBSCRIPTION, subscriptions, subscriptions.size(),
                (statement, entry) -> setSubscription(statement, entry.getKey(), entry.getValue(), chargesUntil));
    }

    private Map<String, Long> idsByCode(List<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, code from customer where code in (" + placeholders(codes) + ")",
                row -> {
                    ids.put(row.getString("code"), row.getLong("id"));
                }, codes.toArray());
        return ids;
    }

    private static void setCustomer(PreparedStatement statement, NewCustomer newCustomer) throws SQLException {
        ImportedCustomer customer = newCustomer.customer();
        CustomerIndicators.Indicators indicators = newCustomer.indicators();
        LocalDate birthDate = customer.birthDate();
        statement.setString(1, customer.code());
        statement.setString(2, customer.name());
        statement.setString(3, customer.kind().name());
        setDate(statement, 4, birthDate);
        if (birthDate == null) {
            statement.setNull(5, Types.SMALLINT);
        } else {
            statement.setShort(5, (short) (birthDate.getMonthValue() * 100 + birthDate.getDayOfMonth()));
        }
        statement.setString(6, customer.phone());
        statement.setString(7, customer.email());
        statement.setString(8, customer.district().name());
        statement.setString(9, customer.commune());
        statement.setString(10, customer.address());
        statement.setLong(11, Objects.requireNonNull(customer.unit().getId()));
        statement.setString(12, customer.unit().getPath());
        setDate(statement, 13, customer.customerSince());
        statement.setString(14, customer.vipTier().name());
        statement.setInt(15, indicators.services());
        statement.setInt(16, indicators.suspendedServices());
        statement.setLong(17, indicators.arpu());
        statement.setLong(18, indicators.arpuPrevious());
        statement.setInt(19, indicators.trend().ordinal());
        statement.setLong(20, indicators.overdueAmount());
        statement.setInt(21, indicators.complaints12m());
        setDate(statement, 22, indicators.lastComplaintOn());
        setDate(statement, 23, indicators.lastInstallOn());
        setDate(statement, 24, indicators.contractEndOn());
        statement.setInt(25, indicators.churnRisk().ordinal());
        statement.setInt(26, ChurnReason.mask(indicators.churnReasons()));
        setDate(statement, 27, indicators.asOf());
    }

    private static void setSubscription(PreparedStatement statement, long customerId,
                                        ImportedSubscription subscription, LocalDate chargesUntil) throws SQLException {
        statement.setLong(1, customerId);
        statement.setString(2, subscription.service().name());
        statement.setString(3, subscription.number());
        statement.setString(4, subscription.packageName());
        setDate(statement, 5, subscription.startDate());
        statement.setString(6, subscription.status().name());
        setDate(statement, 7, subscription.contractEnd());
        statement.setLong(8, subscription.overdueAmount());
        statement.setString(9, subscription.charges().format());
        setDate(statement, 10, chargesUntil);
    }

    private static void setDate(PreparedStatement statement, int index, @Nullable LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, date);
        }
    }

    private static String placeholders(Collection<?> values) {
        return values.stream().map(value -> "?").collect(Collectors.joining(", "));
    }

    /** A customer to insert with their subscriptions and the indicators computed from them. */
    record NewCustomer(ImportedCustomer customer, List<ImportedSubscription> subscriptions,
                       CustomerIndicators.Indicators indicators) {
    }
}
