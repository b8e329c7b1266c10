package org.prawat.api.employee;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Thai national ID (เลขประจำตัวประชาชน): 13 digits, the last a check digit
 * {@code (11 − Σ dᵢ·(13−i) mod 11) mod 10} over the first twelve.
 */
public final class NationalIds {

    public static final int LENGTH = 13;

    private NationalIds() {}

    /** Drops spaces and dashes and folds Thai digits (๐–๙) to 0–9, as people type them both ways. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        var digits = new StringBuilder(LENGTH);
        typed.codePoints().forEach(c -> {
            if (c >= '๐' && c <= '๙') {
                digits.append((char) ('0' + (c - '๐')));
            } else if (c != ' ' && c != '-') {
                digits.appendCodePoint(c);
            }
        });
        return digits.toString();
    }

    /** True when the normalised value is 13 digits whose last one is the right check digit. */
    public static boolean isValid(String normalised) {
        if (normalised == null || !normalised.matches("\\d{" + LENGTH + "}")) {
            return false;
        }
        return normalised.charAt(LENGTH - 1) - '0' == checkDigit(normalised);
    }

    /** The check digit for the first twelve digits of {@code digits}. */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (digits.charAt(i) - '0') * (LENGTH - i);
        }
        return (11 - sum % 11) % 10;
    }

    /**
     * A keyed digest (HMAC-SHA256, hex) of the normalised national ID: what the set-validation table
     * keeps instead of the ID itself, so the table holds no national ID in clear. Without the
     * {@code secret} the digest cannot be tried against all 10¹² possible IDs.
     */
    public static String pseudonym(String normalised, byte[] secret) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Shows only the last three digits, in the usual 1-2345-67890-12-3 grouping. */
    public static String mask(String normalised) {
        if (normalised == null || normalised.length() != LENGTH) {
            return "x-xxxx-xxxxx-xx-x";
        }
        return "x-xxxx-xxxxx-x" + normalised.charAt(11) + "-" + normalised.charAt(12);
    }
}
