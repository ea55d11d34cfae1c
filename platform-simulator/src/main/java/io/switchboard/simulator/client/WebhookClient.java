package io.switchboard.simulator.client;

import io.switchboard.simulator.config.SimulatorConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Calls the webhooks that Switchboard exposes, as Meta's and Telegram's servers do. Unlike a service's platform client
 * this one has no fault tolerance of its own: each platform's retry behaviour is part of what is simulated, and a
 * webhook's raw answer (or failure) is what gets recorded. Bodies are sent byte for byte, as signatures cover them.
 */
@ApplicationScoped
public class WebhookClient {

    private final HttpClient http;
    private final Duration timeout;

    WebhookClient(SimulatorConfig config) {
        this.timeout = config.webhookTimeout();
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    public CompletableFuture<WebhookResponse> post(String url, Map<String, String> headers, byte[] body) {
        return send(url, headers, HttpRequest.BodyPublishers.ofByteArray(body), "POST");
    }

    public CompletableFuture<WebhookResponse> get(String url) {
        return send(url, Map.of(), HttpRequest.BodyPublishers.noBody(), "GET");
    }

    @PreDestroy
    void close() {
        http.shutdownNow();
    }

    private CompletableFuture<WebhookResponse> send(
            String url, Map<String, String> headers, HttpRequest.BodyPublisher body, String method) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).method(method, body);
            headers.forEach(request::header);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(WebhookResponse.unreachable("Invalid webhook URL: " + url));
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> failure == null
                        ? new WebhookResponse(response.statusCode(), response.body(), null)
                        : WebhookResponse.unreachable(describe(failure)));
    }

    /** The failure in the words Telegram's {@code last_error_message} uses for the same situations. */
    private static String describe(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        while (cause.getCause() != null
                && !(cause instanceof ConnectException)
                && !(cause instanceof HttpTimeoutException)) {
            cause = cause.getCause();
        }
        if (cause instanceof HttpTimeoutException) {
            return "Read timeout expired";
        }
        if (cause instanceof UnresolvedAddressException) {
            return "Failed to resolve host";
        }
        if (cause instanceof ConnectException) {
            return "Connection refused";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
