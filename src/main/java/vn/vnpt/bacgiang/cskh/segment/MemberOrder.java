package vn.vnpt.bacgiang.cskh.segment;

/** How members are sorted: only by these columns, each ending on the customer id so pages never overlap. */
public record MemberOrder(Column column, boolean ascending) {

    public static final MemberOrder BY_NAME = new MemberOrder(Column.NAME, true);

    public enum Column {
        NAME("c.name"), CODE("c.code"), DISTRICT("c.district"), ARPU("c.arpu"), TENURE("c.customer_since"),
        CHURN_RISK("c.churn_risk"), OVERDUE("c.overdue_amount"), BIRTHDAY("c.birth_md");

        private final String sql;

        Column(String sql) {
            this.sql = sql;
        }
    }

    String orderBy() {
        // A longer tenure is an earlier customer_since.
        boolean up = column == Column.TENURE ? !ascending : ascending;
        String direction = up ? " ASC" : " DESC";
        return column.sql + direction + ", c.id" + direction;
    }
}
