package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;

/**
 * Every session starts in Vietnamese unless the user chose English before, and gets the portal's error
 * handler; every page declares its language and says in it when the connection is lost (Vaadin keeps what
 * the user does meanwhile and sends it once the connection is back).
 */
@Component
class PortalUiSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setLocale(chosenLocale(init.getRequest()));
            init.getSession().setErrorHandler(new PortalErrorHandler());
        });
        // screen readers pick their voice by <html lang>; a change of language reloads the page, so a new UI
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.getPage().executeJs("document.documentElement.lang = $0;", ui.getLocale().getLanguage());
            ui.getReconnectDialogConfiguration().setDialogText(ui.getTranslation("shell.connection.lost"));
            ui.getReconnectDialogConfiguration().setDialogTextGaveUp(ui.getTranslation("shell.connection.gaveUp"));
        });
    }

    private static Locale chosenLocale(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? PortalI18NProvider.VIETNAMESE : Arrays.stream(cookies)
                .filter(cookie -> LanguageSwitch.COOKIE.equals(cookie.getName()))
                .map(cookie -> PortalI18NProvider.supported(Locale.forLanguageTag(cookie.getValue())))
                .findFirst()
                .orElse(PortalI18NProvider.VIETNAMESE);
    }
}
