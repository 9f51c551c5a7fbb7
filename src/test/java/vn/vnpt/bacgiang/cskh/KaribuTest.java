package vn.vnpt.bacgiang.cskh;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.config.core.GrantedAuthorityDefaults;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;
import vn.vnpt.bacgiang.cskh.security.PortalUser;

/**
 * Browserless UI tests: a faked Vaadin environment on the real Spring context and database.
 * Tests read like a user's steps: {@code login("kehoach")}, navigate, find a field by its label,
 * click a button by its text, expect what the user sees.
 */
public abstract class KaribuTest extends PortalTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        VaadinSession.getCurrent().setLocale(PortalI18NProvider.VIETNAMESE);
        UI.getCurrent().setLocale(PortalI18NProvider.VIETNAMESE);
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    /**
     * Signs in a demo user, as the login form would, and opens the home page in a new UI, in the language chosen so
     * far (a page already open is not built again when navigated to). {@code isUserInRole} follows the servlet's rule:
     * the application's role prefix (none: permissions are plain authorities) plus the name.
     */
    protected PortalUser login(String username) {
        Locale locale = UI.getCurrent().getLocale();
        stopVaadin();
        startVaadin();
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        PortalUser user = signIn(username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        String prefix = context.getBean(GrantedAuthorityDefaults.class).getRolePrefix();
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals(prefix + role)));
        UI.getCurrent().navigate("");
        return user;
    }

    /** Like Karibu's own discovery, but views are package-private in their feature's {@code ui} package. */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages(Application.class.getPackageName()).scan()) {
            Set<Class<? extends Component>> routes = new HashSet<>();
            scan.getClassesWithAnnotation(Route.class).loadClasses()
                    .forEach(view -> routes.add((Class<? extends Component>) view));
            scan.getClassesWithAnnotation(Layout.class).loadClasses()
                    .forEach(layout -> routes.add((Class<? extends Component>) layout));
            Set<Class<? extends HasErrorParameter<?>>> errorRoutes = new HashSet<>();
            scan.getClassesImplementing(HasErrorParameter.class).filter(info -> !info.isAbstract()).loadClasses()
                    .forEach(view -> errorRoutes.add((Class<? extends HasErrorParameter<?>>) view));
            return new Routes(routes, errorRoutes, true);
        }
    }

    protected void useEnglish() {
        VaadinSession.getCurrent().setLocale(PortalI18NProvider.ENGLISH);
        UI.getCurrent().setLocale(PortalI18NProvider.ENGLISH);
    }

    protected static Locale vietnamese() {
        return PortalI18NProvider.VIETNAMESE;
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }
}
