package io.switchboard.simulator.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * What the test webhooks ({@link WebhookCaptureResource}) received, per webhook name, and how they are scripted to
 * answer: the verify token their handshake accepts, and the statuses their next POSTs answer with (then 200).
 */
@ApplicationScoped
public class WebhookCaptures {

    public static final String DEFAULT_VERIFY_TOKEN = "verify-me";

    private final Map<String, Webhook> webhooks = new ConcurrentHashMap<>();

    static final class Webhook {
        final List<CapturedRequest> requests = new ArrayList<>();
        final Deque<Integer> scriptedStatuses = new ArrayDeque<>();
        String verifyToken = DEFAULT_VERIFY_TOKEN;
    }

    /** A fresh webhook name, so tests sharing the application never see each other's deliveries. */
    public String newWebhook() {
        String name = "hook-" + UUID.randomUUID();
        webhooks.put(name, new Webhook());
        return name;
    }

    /** The next {@code statuses.length} POSTs to {@code name} answer with these statuses, in order. */
    public void answerNext(String name, int... statuses) {
        Webhook webhook = webhook(name);
        synchronized (webhook) {
            for (int status : statuses) {
                webhook.scriptedStatuses.addLast(status);
            }
        }
    }

    /** Every POST from now on answers {@code status}. */
    public void answerAlways(String name, int status) {
        answerNext(name, IntStream.generate(() -> status).limit(1000).toArray());
    }

    public void acceptVerifyToken(String name, String verifyToken) {
        webhook(name).verifyToken = verifyToken;
    }

    public List<CapturedRequest> posts(String name) {
        return requests(name, "POST");
    }

    public List<CapturedRequest> gets(String name) {
        return requests(name, "GET");
    }

    int record(String name, CapturedRequest request) {
        Webhook webhook = webhook(name);
        synchronized (webhook) {
            webhook.requests.add(request);
            Integer scripted = webhook.scriptedStatuses.pollFirst();
            return scripted == null ? 200 : scripted;
        }
    }

    String verifyToken(String name) {
        return webhook(name).verifyToken;
    }

    private List<CapturedRequest> requests(String name, String method) {
        Webhook webhook = webhook(name);
        synchronized (webhook) {
            return webhook.requests.stream()
                    .filter(request -> request.method().equals(method))
                    .toList();
        }
    }

    private Webhook webhook(String name) {
        return webhooks.computeIfAbsent(name, unknown -> new Webhook());
    }
}
