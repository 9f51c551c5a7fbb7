package vn.vnpt.bacgiang.cskh.customer.generator;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code generate} profile: loads a generated population, prints how long it took, and exits the
 * application. It refuses to add to existing customers unless {@code portal.generate.add-to-existing=true},
 * so that a benchmark never runs on mixed data by accident.
 */
@Component
@Profile("generate")
@EnableConfigurationProperties(GeneratorProperties.class)
class GenerateCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

    private final PopulationLoader loader;
    private final GeneratorProperties properties;
    private final ConfigurableApplicationContext context;

    GenerateCommand(PopulationLoader loader, GeneratorProperties properties, ConfigurableApplicationContext context) {
        this.loader = loader;
        this.properties = properties;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (loader.hasCustomers() && !properties.addToExisting()) {
            throw new IllegalStateException("The database already holds customers. Generate into an empty one "
                    + "(a new --portal.embedded-db.data-dir) or pass --portal.generate.add-to-existing=true.");
        }
        log.info("Generating the {} set: {} customers, seed {}", properties.size().name().toLowerCase(Locale.ROOT),
                properties.size().customers(), properties.seed());
        loader.loadInChunks(properties.size().customers(), properties.seed(), properties.chunk())
                .forEach(report -> report.lines().forEach(log::info));
        System.exit(SpringApplication.exit(context));
    }
}
