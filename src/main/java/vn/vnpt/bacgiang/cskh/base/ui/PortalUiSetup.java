package vn.vnpt.bacgiang.cskh.base.ui;

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
 * handler; every page declares its language.
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
        event.getSource().addUIInitListener(init -> init.getUI().getPage()
                .executeJs("document.documentElement.lang = $0;", init.getUI().getLocale().getLanguage()));
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
