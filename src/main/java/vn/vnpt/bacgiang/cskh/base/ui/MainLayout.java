package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shell: the side navigation lists exactly the views the user may open (Vaadin filters the
 * menu entries by each view's access annotations), the header names the user, their unit and roles.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Where users change their own password; the avatar in the header leads there. */
    public static final String PASSWORD_ROUTE = "password";

    private final AuthenticationContext authentication;
    /** Looked up once per layout: Spring sorting its beans for every menu entry on every navigation showed up under load. */
    private final List<MenuBadge> badges;
    private final Map<String, SideNavItem> items = new LinkedHashMap<>();
    private final Map<String, Long> shownCounts = new HashMap<>();

    public MainLayout(AuthenticationContext authentication, ObjectProvider<MenuBadge> badges) {
        this.authentication = authentication;
        this.badges = badges.orderedStream().toList();
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");
        LanguageSwitch drawerLanguage = new LanguageSwitch();
        drawerLanguage.addClassName("drawer-language");
        Scroller menu = new Scroller(navigation());
        menu.getElement().setAttribute("tabindex", "-1"); // its links take focus; the scroller itself is no stop
        addToDrawer(brand(), menu, drawerLanguage);
        Span navbarTitle = new Span(getTranslation("app.title"));
        navbarTitle.addClassName("navbar-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        addToNavbar(new SkipLink(), toggle, navbarTitle, userBox());
    }

    /** The view is the page's {@code main} landmark, where the skip link leads. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        SkipLink.markMainContent(content.getElement());
    }

    private Div brand() {
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("brand-title");
        Span organisation = new Span(getTranslation("app.organisation.short"));
        organisation.addClassName("brand-subtitle");
        Div brand = new Div(title, organisation);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(icon(entry.icon()));
            }
            items.put(entry.path(), item);
            nav.addItem(item);
        }
        return nav;
    }

    /**
     * Badges are counted again on every navigation, so that what was done on one page shows on the next;
     * every page's title ends in the portal's name.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        UI ui = event.getLocationChangeEvent().getUI();
        // the router sets the view's own title after this observer: name the portal just before the response
        ui.beforeClientResponse(this, context -> ui.getPage().setTitle(withPortalName(ui.getInternals().getTitle())));
        if (!authentication.isAuthenticated()) {
            return;
        }
        items.forEach((path, item) -> {
            long count = countFor(path);
            if (!Objects.equals(shownCounts.put(path, count), count)) {
                item.setSuffixComponent(count == 0 ? null : badge(count));
            }
        });
    }

    /** "Hàng đợi | Cổng CSKH"; the portal's name alone for a page without a title of its own. */
    String withPortalName(@Nullable String title) {
        String portal = getTranslation("app.title");
        if (title == null || title.isBlank()) {
            return portal;
        }
        return title.endsWith(" | " + portal) ? title : title + " | " + portal;
    }

    private long countFor(String path) {
        String route = path.startsWith("/") ? path.substring(1) : path;
        return badges.stream().filter(badge -> badge.path().equals(route)).mapToLong(MenuBadge::count).sum();
    }

    private static Span badge(long count) {
        Span badge = new Span(String.valueOf(count));
        badge.getElement().getThemeList().add("badge error pill small");
        badge.addClassName("menu-badge");
        return badge;
    }

    private static Icon icon(String name) {
        String[] parts = name.split(":", 2);
        return parts.length == 2 ? new Icon(parts[0], parts[1]) : new Icon(name);
    }

    /** Family name and given name, the first and last words of a Vietnamese name: "Trần Thị Thu Hà" is TH. */
    private static String initials(String fullName) {
        String[] words = fullName.trim().split("\\s+");
        String first = words[0].substring(0, 1);
        return words.length == 1 ? first : first + words[words.length - 1].charAt(0);
    }

    private Div userBox() {
        Div box = new Div();
        box.addClassName("user-box");
        authentication.getAuthenticatedUser(ShellUser.class).ifPresent(user -> {
            Avatar avatar = new Avatar(user.displayName());
            avatar.setAbbreviation(initials(user.displayName()));
            avatar.addClassName("user-avatar");
            Button account = new Button(avatar, click -> getUI().ifPresent(ui -> ui.navigate(PASSWORD_ROUTE)));
            account.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            account.addClassName("user-account");
            account.setTooltipText(getTranslation("shell.password"));
            account.setAriaLabel(getTranslation("shell.password"));
            Span name = new Span(user.displayName());
            name.addClassName("user-name");
            Span unit = new Span(user.unitName());
            unit.addClassName("user-unit");
            Span roles = new Span(user.roleLabelKeys().stream().map(this::getTranslation)
                    .collect(Collectors.joining(", ")));
            roles.addClassName("user-roles");
            Div where = new Div(unit, roles);
            where.addClassName("user-where");
            Div who = new Div(name, where);
            who.addClassName("user-who");
            Button logout = new Button(getTranslation("shell.logout"), new Icon(VaadinIcon.SIGN_OUT),
                    click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.setAriaLabel(getTranslation("shell.logout")); // a phone shows only its icon
            logout.addClassName("logout");
            LanguageSwitch language = new LanguageSwitch();
            language.addClassName("navbar-language");
            box.add(account, who, language, logout);
        });
        return box;
    }
}
