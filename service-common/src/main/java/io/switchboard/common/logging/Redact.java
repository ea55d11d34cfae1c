package io.switchboard.common.logging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Log-safe forms of personal data. Logs name people by a short, stable pseudonym so one person's events can be
 * followed without their phone number or user id in the log.
 */
public final class Redact {

    private Redact() {}

    /** A stable 10-character pseudonym of an identifier (SHA-256, truncated). */
    public static String person(String identifier) {
        if (identifier == null) {
            return "-";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identifier.getBytes(StandardCharsets.UTF_8));
            return "p_" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A phone number with all but the last two digits hidden: {@code *********67}. */
    public static String phone(String phone) {
        if (phone == null || phone.length() <= 2) {
            return "**";
        }
        return "*".repeat(phone.length() - 2) + phone.substring(phone.length() - 2);
    }
}
