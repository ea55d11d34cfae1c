package io.switchboard.simulator.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.switchboard.simulator.model.Platform;
import io.switchboard.simulator.model.PlatformAnswer;
import io.switchboard.simulator.repository.RequestLog;
import io.switchboard.simulator.service.FaultInjection;
import io.switchboard.simulator.service.PlatformException;
import io.switchboard.simulator.service.Redaction;
import io.switchboard.simulator.service.telegram.BotApiException;
import io.switchboard.simulator.service.whatsapp.GraphApiException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Answers a platform API call and records it: runs the operation (unless an injected fault hits the call), turns a
 * refusal into the platform's own error envelope, serializes the answer once (so the request log holds exactly what
 * was sent back) and counts it.
 */
@ApplicationScoped
public class PlatformExchange {

    private static final Logger LOG = Logger.getLogger(PlatformExchange.class);

    private final RequestLog requests;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final FaultInjection faults;

    PlatformExchange(
            RequestLog requests, ObjectMapper mapper, Clock clock, MeterRegistry metrics, FaultInjection faults) {
        this.requests = requests;
        this.mapper = mapper;
        this.clock = clock;
        this.metrics = metrics;
        this.faults = faults;
    }

    /** Answers a call whose operation answers at once. */
    public CompletionStage<Response> answer(
            Platform platform, HttpServerRequest request, String body, Supplier<PlatformAnswer> operation) {
        return answerLater(platform, request, body, () -> CompletableFuture.completedFuture(operation.get()));
    }

    /** Answers a call whose operation completes later (a long poll, an injected delay). */
    public CompletionStage<Response> answerLater(
            Platform platform,
            HttpServerRequest request,
            String body,
            Supplier<CompletionStage<PlatformAnswer>> operation) {
        Instant receivedAt = clock.instant();
        String path = Redaction.path(request.path());
        CompletionStage<PlatformAnswer> pending;
        try {
            pending = faults.run(platform, request.method().name(), path, operation);
        } catch (RuntimeException e) {
            pending = CompletableFuture.completedFuture(refusal(platform, e));
        }
        return pending.handle((answer, failure) -> respond(
                platform, request, path, body, receivedAt, failure == null ? answer : refusal(platform, failure)));
    }

    private PlatformAnswer refusal(Platform platform, Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof PlatformException refused) {
            return refused.answer();
        }
        LOG.errorf(cause, "unexpected failure answering a %s request", platform.wireName());
        return switch (platform) {
            case WHATSAPP -> GraphApiException.unexpected().answer();
            case TELEGRAM -> BotApiException.internal().answer();
        };
    }

    private Response respond(
            Platform platform,
            HttpServerRequest request,
            String path,
            String body,
            Instant receivedAt,
            PlatformAnswer answer) {
        String recorded = answer.isBinary()
                ? "<" + ((byte[]) answer.body()).length + " bytes of " + answer.contentType() + ">"
                : json(answer.body());
        requests.add(
                platform,
                request.method().name(),
                path,
                Redaction.parameters(request.query()),
                headers(request),
                body == null || body.isEmpty() ? null : Redaction.parameters(body),
                answer.status(),
                recorded,
                receivedAt);
        metrics.counter(
                        "simulator.platform.requests",
                        "platform",
                        platform.wireName(),
                        "status",
                        Integer.toString(answer.status()))
                .increment();
        if (answer.isBinary()) {
            return Response.status(answer.status())
                    .type(answer.contentType())
                    .entity(answer.body())
                    .build();
        }
        return Response.status(answer.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(recorded)
                .build();
    }

    private String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a platform answer", e);
        }
    }

    private static Map<String, String> headers(HttpServerRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : request.headers().names()) {
            String value = String.join(", ", request.headers().getAll(name));
            headers.put(
                    name, name.equalsIgnoreCase(HttpHeaders.AUTHORIZATION) ? Redaction.authorization(value) : value);
        }
        return headers;
    }
}
