package io.switchboard.simulator.service.whatsapp;

import io.switchboard.simulator.client.WebhookClient;
import io.switchboard.simulator.model.whatsapp.SimulatedNumber;
import io.switchboard.simulator.model.whatsapp.WebhookSubscription;
import io.switchboard.simulator.model.whatsapp.WebhookVerification;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * Meta's webhook verification handshake: before it subscribes a URL, Meta calls
 * {@code GET url?hub.mode=subscribe&hub.verify_token=...&hub.challenge=...} and expects 200 with exactly the challenge
 * as the body. Only then is the URL subscribed.
 */
@ApplicationScoped
public class WebhookVerifications {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookClient client;
    private final Clock clock;

    WebhookVerifications(WebhookClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    public CompletableFuture<WebhookVerification> subscribe(SimulatedNumber number, String url, String verifyToken) {
        String challenge = Long.toString(1_000_000_000L + RANDOM.nextLong(9_000_000_000L));
        String handshake = url
                + (url.contains("?") ? "&" : "?")
                + "hub.mode=subscribe&hub.verify_token=" + URLEncoder.encode(verifyToken, StandardCharsets.UTF_8)
                + "&hub.challenge=" + challenge;
        return client.get(handshake).thenApply(response -> {
            if (response.status() != null && response.status() == 200 && challenge.equals(response.body())) {
                number.subscribe(new WebhookSubscription(url, verifyToken, clock.instant()));
                return WebhookVerification.passed(url, response.status(), response.body());
            }
            return WebhookVerification.failed(response.status(), response.body(), response.error());
        });
    }
}
