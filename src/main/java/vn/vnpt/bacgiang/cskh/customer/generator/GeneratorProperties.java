package vn.vnpt.bacgiang.cskh.customer.generator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param size           {@code small} or {@code province}
 * @param seed           the same seed gives the same customers
 * @param addToExisting  add the customers after those already stored instead of refusing to
 * @param chunk          customers per transaction, 0 for one transaction: a Galera cluster limits a transaction's
 *                       write set, so a cluster is loaded in chunks (each with the seed plus its index)
 */
@ConfigurationProperties("portal.generate")
record GeneratorProperties(
        @DefaultValue("province") PopulationSize size,
        @DefaultValue("" + GeneratedPopulation.DEFAULT_SEED) long seed,
        @DefaultValue("false") boolean addToExisting,
        @DefaultValue("0") int chunk) {
}
