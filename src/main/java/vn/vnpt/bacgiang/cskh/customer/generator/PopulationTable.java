package vn.vnpt.bacgiang.cskh.customer.generator;

import java.nio.file.Path;

/** The tables a population fills, in load order, with the columns of their generated files. */
enum PopulationTable {
    CUSTOMER("customer", "id, code, name, kind, birth_date, birth_md, phone, email, district, commune, address, "
            + "unit_id, unit_path, customer_since, vip_tier, services, suspended_services, arpu, arpu_previous, "
            + "arpu_trend, overdue_amount, complaints_12m, last_complaint_on, last_install_on, contract_end_on, "
            + "churn_risk, churn_reasons, indicators_on"),
    SUBSCRIPTION("subscription", "id, customer_id, service, number, package_name, start_date, status, "
            + "contract_end, overdue_amount, monthly_charges, charges_until"),
    COMPLAINT("complaint", "id, customer_id, subscription_id, received_on, channel, topic, resolved, summary");

    private final String table;
    private final String columns;

    PopulationTable(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    String table() {
        return table;
    }

    Path file(Path directory) {
        return directory.resolve(table + ".tsv");
    }

    /** The defaults of LOAD DATA (tab, newline, backslash escapes) are the files' format. */
    String loadStatement(Path directory) {
        String path = file(directory).toAbsolutePath().toString().replace('\\', '/').replace("'", "\\'");
        return "LOAD DATA LOCAL INFILE '" + path + "' INTO TABLE " + table + " CHARACTER SET utf8mb4 (" + columns + ")";
    }
}
