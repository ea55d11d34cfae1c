package io.switchboard.whatsapp.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta's webhook signature: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the app
 * secret>}. Compared in constant time, on the exact bytes received (re-serialised JSON would not match).
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Hub-Signature-256";

    private static final String PREFIX = "sha256=";
    private static final int HMAC_SHA256_BYTES = 32;

    private WebhookSignature() {}

    /** Whether {@code header} is a signature of {@code body} with any of {@code secrets}. */
    public static boolean matches(byte[] body, String header, List<String> secrets) {
        byte[] claimed = claimedDigest(header);
        if (claimed == null) {
            return false;
        }
        boolean matched = false;
        for (String secret : secrets) {
            // No early exit: the time taken does not say which secret matched.
            matched |= MessageDigest.isEqual(claimed, hmac(body, secret));
        }
        return matched;
    }

    private static byte[] claimedDigest(String header) {
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        String hex = header.substring(PREFIX.length()).trim();
        if (hex.length() != HMAC_SHA256_BYTES * 2) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static byte[] hmac(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
