package vn.vnpt.bacgiang.cskh.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Vietnamese first, English second. Each feature keeps its texts in its own bundle,
 * {@code i18n/<feature>_vi.properties} and {@code _en}, and its keys start with the feature's name
 * ({@code org.unit.code} lives in {@code i18n/org}); the shell's shared words live in {@code i18n/base}.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    private static final List<Locale> LOCALES = List.of(VIETNAMESE, ENGLISH);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        @Nullable String pattern = lookup("i18n/" + key.substring(0, Math.max(key.indexOf('.'), 0)), key, supported);
        if (pattern == null) {
            pattern = lookup("i18n/base", key, supported);
        }
        if (pattern == null) {
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
    }

    private static @Nullable String lookup(String bundle, String key, Locale locale) {
        try {
            ResourceBundle messages = ResourceBundle.getBundle(bundle, Locale.forLanguageTag(locale.getLanguage()),
                    NO_FALLBACK);
            return messages.containsKey(key) ? messages.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** The supported locale closest to the given one; Vietnamese when nothing matches. */
    public static Locale supported(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }
}
