package vn.vnpt.bacgiang.cskh.customer;

public record CustomerSummary(long customers, long highChurnRisk, long overdue) {
}
