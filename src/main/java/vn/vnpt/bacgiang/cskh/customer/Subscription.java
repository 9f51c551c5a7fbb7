package vn.vnpt.bacgiang.cskh.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.VersionedEntity;

/** A subscription (thuê bao) of one service: a phone number, an Internet or MyTV account, a fixed line. */
@Entity
@Table(name = "subscription")
public class Subscription extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    private Service service;
    private String number;
    private String packageName;
    private LocalDate startDate;
    @Enumerated(EnumType.STRING)
    private SubscriptionStatus status;
    private @Nullable LocalDate contractEnd;
    private long overdueAmount;
    private String monthlyCharges = "";
    private @Nullable LocalDate chargesUntil;

    protected Subscription() {
    }

    public Subscription(Customer customer, Service service, String number, String packageName, LocalDate startDate,
                        SubscriptionStatus status) {
        this.customer = customer;
        this.service = service;
        this.number = number;
        this.packageName = packageName;
        this.startDate = startDate;
        this.status = status;
    }

    public CustomerIndicators.SubscriptionFacts facts() {
        return new CustomerIndicators.SubscriptionFacts(service, status, startDate, contractEnd, overdueAmount,
                getCharges());
    }

    public Customer getCustomer() {
        return customer;
    }

    public Service getService() {
        return service;
    }

    public String getNumber() {
        return number;
    }

    public String getPackageName() {
        return packageName;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public SubscriptionStatus getStatus() {
        return status;
    }

    public void setStatus(SubscriptionStatus status) {
        this.status = status;
    }

    public @Nullable LocalDate getContractEnd() {
        return contractEnd;
    }

    public void setContractEnd(@Nullable LocalDate contractEnd) {
        this.contractEnd = contractEnd;
    }

    public long getOverdueAmount() {
        return overdueAmount;
    }

    public void setOverdueAmount(long overdueAmount) {
        this.overdueAmount = overdueAmount;
    }

    public MonthlyCharges getCharges() {
        return MonthlyCharges.parse(monthlyCharges);
    }

    /** The twelve months of charges up to and including the month of {@code until}. */
    public void setCharges(MonthlyCharges charges, LocalDate until) {
        this.monthlyCharges = charges.format();
        this.chargesUntil = until;
    }

    public @Nullable LocalDate getChargesUntil() {
        return chargesUntil;
    }
}
