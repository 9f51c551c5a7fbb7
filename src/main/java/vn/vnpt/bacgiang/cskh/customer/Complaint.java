package vn.vnpt.bacgiang.cskh.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A complaint (khiếu nại) a customer made, through which channel, about what, and whether it was resolved. */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subscription_id")
    private @Nullable Subscription subscription;

    private LocalDate receivedOn;
    @Enumerated(EnumType.STRING)
    private ComplaintChannel channel;
    @Enumerated(EnumType.STRING)
    private ComplaintTopic topic;
    private boolean resolved;
    private @Nullable String summary;

    protected Complaint() {
    }

    public Complaint(Customer customer, LocalDate receivedOn, ComplaintChannel channel, ComplaintTopic topic,
                     boolean resolved, @Nullable String summary) {
        this.customer = customer;
        this.receivedOn = receivedOn;
        this.channel = channel;
        this.topic = topic;
        this.resolved = resolved;
        this.summary = summary;
    }

    public CustomerIndicators.ComplaintFacts facts() {
        return new CustomerIndicators.ComplaintFacts(receivedOn, resolved);
    }

    public @Nullable Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public ComplaintTopic getTopic() {
        return topic;
    }

    public boolean isResolved() {
        return resolved;
    }

    public @Nullable String getSummary() {
        return summary;
    }
}
