package vn.vnpt.bacgiang.cskh.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import vn.vnpt.bacgiang.cskh.Application;

class ReportModuleTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void reportsReadTheOrganisationButNoFeatureDependsOnReports() {
        ApplicationModule reports = MODULES.getModuleByName("report").orElseThrow();

        assertThat(reports.getDirectDependencies(MODULES).stream().map(ApplicationModuleDependency::getTargetModule)
                .map(ApplicationModule::getIdentifier).map(Object::toString).distinct())
                .containsOnly("org", "security", "base");
        assertThat(MODULES.stream().filter(module -> !module.equals(reports))
                .filter(module -> module.getDirectDependencies(MODULES).contains(reports)))
                .isEmpty();
    }
}
