package org.prawat.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Every visible string of the UI, in Thai (first) and English. Each feature keeps its own pair of
 * bundles under {@code i18n/} ({@code <feature>_th.properties} and {@code <feature>.properties},
 * the English one being the fallback), so that features can grow without editing one shared file.
 * {@code TranslationsTest} fails when a key is in one language only or used but missing.
 */
@Component
public class PrawatTranslations implements I18NProvider {

    public static final Locale THAI = Locale.forLanguageTag("th-TH");
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** One base name per feature; add yours here. */
    public static final List<String> BUNDLES = List.of(
            "i18n/common",
            "i18n/employees",
            "i18n/search",
            "i18n/casefile",
            "i18n/forms",
            "i18n/team",
            "i18n/knowledge",
            "i18n/audit",
            "i18n/attendance",
            "i18n/accounts");

    /** Bundles are read as UTF-8 (Java 9+), never with a language chosen by the machine's default locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(THAI, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        for (String bundle : BUNDLES) {
            var resources = bundle(bundle, locale);
            if (resources.containsKey(key)) {
                String text = resources.getString(key);
                return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
            }
        }
        // Visible, never an exception: TranslationsTest keeps this from reaching a user.
        return "!" + key;
    }

    /** The keys of every bundle in one language, for the completeness test. */
    public static Set<String> keys(Locale locale) {
        var keys = new TreeSet<String>();
        for (String bundle : BUNDLES) {
            keys.addAll(bundle(bundle, locale).keySet());
        }
        return keys;
    }

    private static ResourceBundle bundle(String baseName, Locale locale) {
        Locale language = isThai(locale) ? THAI : Locale.ROOT;
        try {
            return ResourceBundle.getBundle(baseName, language, PrawatTranslations.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Missing translation bundle " + baseName + " for " + language, e);
        }
    }

    public static boolean isThai(Locale locale) {
        return locale != null && "th".equals(locale.getLanguage());
    }
}
