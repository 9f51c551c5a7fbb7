package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import vn.vnpt.bacgiang.cskh.base.i18n.PortalI18NProvider;

/** Switches the portal between Vietnamese and English; the choice is kept in a cookie. */
public class LanguageSwitch extends Select<Locale> {

    static final String COOKIE = "cskh-lang";

    public LanguageSwitch() {
        addClassName("language-switch");
        setAriaLabel(getTranslation("shell.language"));
        setItems(PortalI18NProvider.VIETNAMESE, PortalI18NProvider.ENGLISH);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setValue(PortalI18NProvider.supported(getLocale()));
        addValueChangeListener(event -> {
            if (event.isFromClient() || event.getOldValue() != null) {
                switchTo(event.getValue());
            }
        });
    }

    private void switchTo(Locale locale) {
        if (locale.equals(VaadinSession.getCurrent().getLocale())) {
            return;
        }
        VaadinSession.getCurrent().setLocale(locale);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        UI.getCurrent().getPage().reload();
    }
}
