package vn.vnpt.bacgiang.cskh.customer.generator;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ids the generated rows start from, after every row already stored: the generator hands out ids
 * itself, so subscriptions and complaints reference their customer without looking it up.
 */
record FirstIds(long customer, long subscription, long complaint) {

    static FirstIds after(JdbcClient jdbc) {
        return new FirstIds(next(jdbc, "customer"), next(jdbc, "subscription"), next(jdbc, "complaint"));
    }

    private static long next(JdbcClient jdbc, String table) {
        return jdbc.sql("select coalesce(max(id), 0) + 1 from " + table).query(Long.class).single();
    }
}
