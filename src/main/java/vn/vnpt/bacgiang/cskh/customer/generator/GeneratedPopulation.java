package vn.vnpt.bacgiang.cskh.customer.generator;

import java.time.LocalDate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A reproducible set of customers: the same seed, first ids, units and day give the same rows.
 *
 * @param asOf the day indicators are computed for; dates and bills are relative to it
 */
record GeneratedPopulation(int size, long seed, FirstIds firstIds, ManagingUnits units, LocalDate asOf) {

    static final long DEFAULT_SEED = 20151201;

    /** The customers in id order; a sequential stream, since each customer draws from the same generator. */
    Stream<GeneratedCustomer> customers() {
        CustomerDataGenerator generator = new CustomerDataGenerator(seed, firstIds, units, asOf);
        return IntStream.range(0, size).mapToObj(i -> generator.next());
    }
}
