package vn.vnpt.bacgiang.cskh.customer.generator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The run command's demo customers: the {@code small} set, loaded once into an empty customer base. */
@Component
@Profile("demo")
class DemoCustomers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCustomers.class);

    private final PopulationLoader loader;

    DemoCustomers(PopulationLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (loader.hasCustomers()) {
            return;
        }
        LoadReport report = loader.load(PopulationSize.SMALL.customers(), GeneratedPopulation.DEFAULT_SEED);
        log.info("Loaded the demo customers:");
        report.lines().forEach(log::info);
    }
}
