package org.prawat.query.rebuild;

import java.util.Collection;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The versions behind an alias: concrete indices are named {@code <alias>-v<N>}, and the index
 * templates only match that shape, so a new version gets the current mapping.
 */
final class IndexVersions {

    private IndexVersions() {}

    /** N of {@code <alias>-v<N>}, or empty when {@code index} is not a version of {@code alias}. */
    static OptionalInt versionOf(String alias, String index) {
        var matcher = Pattern.compile(Pattern.quote(alias) + "-v(\\d{1,9})").matcher(index);
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    /**
     * The index for the next version: one above every version that exists, not only the one the
     * alias points at, so that a leftover of an interrupted rebuild is never written into.
     */
    static String next(String alias, Collection<String> existingIndices) {
        int highest = existingIndices.stream()
                .map(index -> versionOf(alias, index))
                .filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt)
                .max()
                .orElse(0);
        return alias + "-v" + (highest + 1);
    }
}
