package org.prawat.ui.common;

/** Thai digits (๐–๙) read as Arabic ones, so numbers typed either way mean the same. */
public final class ThaiDigits {

    private ThaiDigits() {}

    public static String toArabic(String text) {
        var result = new StringBuilder(text.length());
        text.codePoints().forEach(c -> result.appendCodePoint(c >= '๐' && c <= '๙' ? '0' + (c - '๐') : c));
        return result.toString();
    }
}
