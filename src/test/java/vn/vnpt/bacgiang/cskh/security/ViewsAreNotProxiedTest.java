package vn.vnpt.bacgiang.cskh.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.vnpt.bacgiang.cskh.Application;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.scorecard.ScorecardService;

/**
 * Vaadin creates a view on every navigation and checks its {@code @RolesAllowed} itself. With JSR-250 method
 * security on, Spring also wrapped every view in a proxy, matching every advisor against the view's class each
 * time: 14 % of the portal's CPU in the load test at 500 users.
 */
class ViewsAreNotProxiedTest extends PortalTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void noAdvisorAppliesToAViewSoCreatingOneBuildsNoProxyWhileTheServicesAreStillSecured() {
        List<Advisor> advisors = List.copyOf(context.getBeansOfType(Advisor.class).values());
        assertThat(AopUtils.findAdvisorsThatCanApply(advisors, ScorecardService.class)).as("a secured service")
                .isNotEmpty();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages(Application.class.getPackageName()).scan()) {
            List<Class<?>> views = scan.getClassesWithAnnotation(Route.class).loadClasses();
            assertThat(views).hasSizeGreaterThan(30);
            for (Class<?> view : views) {
                assertThat(AopUtils.findAdvisorsThatCanApply(advisors, view)).as(view.getName()).isEmpty();
            }
        }
    }
}
