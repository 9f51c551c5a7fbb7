package vn.vnpt.bacgiang.cskh.dashboard.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route("")
@PermitAll
@Menu(title = "dashboard.nav.home", order = 0, icon = "vaadin:home")
class HomeView extends VerticalLayout {

    HomeView() {
        addClassName("view");
        add(new H2(getTranslation("dashboard.title")));
    }
}
