package vn.vnpt.bacgiang.cskh.customer.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import vn.vnpt.bacgiang.cskh.customer.ChurnReason;
import vn.vnpt.bacgiang.cskh.customer.CustomerIndicators.Indicators;

/** Writes a population as one file per table, streaming: memory stays flat whatever its size. */
final class PopulationFiles {

    private PopulationFiles() {
    }

    /** The number of rows written per table. */
    static Map<PopulationTable, Long> write(GeneratedPopulation population, Path directory) throws IOException {
        LocalDate chargesUntil = SubscriptionGenerator.chargesUntil(population.asOf());
        try (TsvWriter customers = new TsvWriter(PopulationTable.CUSTOMER.file(directory));
             TsvWriter subscriptions = new TsvWriter(PopulationTable.SUBSCRIPTION.file(directory));
             TsvWriter complaints = new TsvWriter(PopulationTable.COMPLAINT.file(directory))) {
            population.customers().forEach(customer -> {
                try {
                    writeCustomer(customers, customer);
                    for (GeneratedSubscription subscription : customer.subscriptions()) {
                        writeSubscription(subscriptions, customer.id(), subscription, chargesUntil);
                    }
                    for (GeneratedComplaint complaint : customer.complaints()) {
                        writeComplaint(complaints, customer.id(), complaint);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Map<PopulationTable, Long> rows = new EnumMap<>(PopulationTable.class);
            rows.put(PopulationTable.CUSTOMER, customers.rows());
            rows.put(PopulationTable.SUBSCRIPTION, subscriptions.rows());
            rows.put(PopulationTable.COMPLAINT, complaints.rows());
            return rows;
        }
    }

    private static void writeCustomer(TsvWriter out, GeneratedCustomer customer) throws IOException {
        Indicators indicators = customer.indicators();
        out.field(customer.id()).field(customer.code()).field(customer.name()).field(customer.kind())
                .field(customer.birthDate()).field(customer.birthMonthDay()).field(customer.phone())
                .field(customer.email()).field(customer.district()).field(customer.commune())
                .field(customer.address()).field(customer.unit().id()).field(customer.unit().path())
                .field(customer.customerSince()).field(customer.vipTier())
                .field(indicators.services()).field(indicators.suspendedServices()).field(indicators.arpu())
                .field(indicators.arpuPrevious()).field(indicators.trend().ordinal())
                .field(indicators.overdueAmount()).field(indicators.complaints12m())
                .field(indicators.lastComplaintOn()).field(indicators.lastInstallOn())
                .field(indicators.contractEndOn()).field(indicators.churnRisk().ordinal())
                .field(ChurnReason.mask(indicators.churnReasons())).field(indicators.asOf())
                .endRow();
    }

    private static void writeSubscription(TsvWriter out, long customerId, GeneratedSubscription subscription,
                                          LocalDate chargesUntil) throws IOException {
        out.field(subscription.id()).field(customerId).field(subscription.service()).field(subscription.number())
                .field(subscription.packageName()).field(subscription.startDate()).field(subscription.status())
                .field(subscription.contractEnd()).field(subscription.overdueAmount())
                .field(subscription.charges().format()).field(chargesUntil)
                .endRow();
    }

    private static void writeComplaint(TsvWriter out, long customerId, GeneratedComplaint complaint)
            throws IOException {
        out.field(complaint.id()).field(customerId).field(complaint.subscriptionId())
                .field(complaint.receivedOn()).field(complaint.channel()).field(complaint.topic())
                .field(complaint.resolved() ? 1 : 0).field(complaint.summary())
                .endRow();
    }
}
