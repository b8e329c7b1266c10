package org.prawat.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.security.Role;

/**
 * Every visible string is in both languages: the Thai and English bundles hold the same keys, no
 * value is blank, and every key the code names (a literal {@code getTranslation("…")} or
 * {@code Translations.key("…")}, and the keys made from enums) is in them.
 */
class TranslationsTest {

    private static final Pattern USED_KEY = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");
    private final PrawatTranslations translations = new PrawatTranslations();

    @Test
    void thai_and_english_hold_the_same_keys() {
        var thai = PrawatTranslations.keys(PrawatTranslations.THAI);
        var english = PrawatTranslations.keys(PrawatTranslations.ENGLISH);
        assertThat(difference(thai, english)).as("keys in Thai only").isEmpty();
        assertThat(difference(english, thai)).as("keys in English only").isEmpty();
    }

    @Test
    void no_translation_is_blank() {
        for (Locale locale : translations.getProvidedLocales()) {
            for (String key : PrawatTranslations.keys(locale)) {
                assertThat(translations.getTranslation(key, locale))
                        .as(key + " in " + locale)
                        .isNotBlank();
            }
        }
    }

    @Test
    void every_key_used_in_the_code_is_translated() throws IOException {
        var used = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = USED_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(10);
        assertThat(difference(used, PrawatTranslations.keys(PrawatTranslations.THAI)))
                .as("keys used but missing from the Thai bundles")
                .isEmpty();
        assertThat(difference(used, PrawatTranslations.keys(PrawatTranslations.ENGLISH)))
                .as("keys used but missing from the English bundles")
                .isEmpty();
    }

    @Test
    void keys_made_from_enums_are_translated() {
        var keys = PrawatTranslations.keys(PrawatTranslations.THAI);
        for (Role role : Role.values()) {
            if (role != Role.SYSTEM) {
                assertThat(keys).contains("role." + role.name());
            }
        }
        for (TimelineEntryKind kind : TimelineEntryKind.values()) {
            assertThat(keys).contains("kind." + kind.name());
        }
    }

    @Test
    void a_missing_key_shows_itself_instead_of_failing() {
        assertThat(translations.getTranslation("no.such.key", PrawatTranslations.THAI))
                .isEqualTo("!no.such.key");
    }

    @Test
    void thai_is_read_as_utf_8() {
        assertThat(translations.getTranslation("nav.search", PrawatTranslations.THAI))
                .isEqualTo("ค้นหา");
        assertThat(translations.getTranslation("nav.search", PrawatTranslations.ENGLISH))
                .isEqualTo("Search");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
