package io.switchboard.simulator.service.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Meta's webhook signature: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body, app secret key>}. */
public final class WebhookSignature {

    public static final String HEADER = "X-Hub-Signature-256";

    private WebhookSignature() {}

    public static String of(String appSecret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** A well-formed signature made with the wrong key, as a forger would send. */
    public static String forged(String appSecret, byte[] body) {
        return of("forged-" + appSecret, body);
    }
}
