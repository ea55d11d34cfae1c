package io.switchboard.simulator.rest;

import io.switchboard.simulator.model.Platform;
import io.switchboard.simulator.service.telegram.BotApi;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The simulated Telegram Bot API: {@code GET|POST /bot<token>/<method>}, parameters in the query string, a JSON body
 * or a form. Answers asynchronously, as {@code getUpdates} may long-poll.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bot API (simulated)")
public class BotApiResource {

    /** {@code /bot<token>/<method>}: a template must fill a whole segment, so "bot" is part of it. */
    private static final String METHOD = "/{botToken: bot[^/]+}/{method}";

    private final PlatformExchange exchange;
    private final BotApi botApi;

    BotApiResource(PlatformExchange exchange, BotApi botApi) {
        this.exchange = exchange;
        this.botApi = botApi;
    }

    @GET
    @Path(METHOD)
    public CompletionStage<Response> get(
            @PathParam("botToken") String botToken,
            @PathParam("method") String method,
            @Context HttpServerRequest request) {
        return call(botToken, method, null, null, request);
    }

    @POST
    @Path(METHOD)
    @Consumes(MediaType.WILDCARD)
    public CompletionStage<Response> post(
            @PathParam("botToken") String botToken,
            @PathParam("method") String method,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Context HttpServerRequest request,
            String body) {
        return call(botToken, method, contentType, body, request);
    }

    private CompletionStage<Response> call(
            String botToken, String method, String contentType, String body, HttpServerRequest request) {
        String token = botToken.substring("bot".length());
        return exchange.answerLater(
                Platform.TELEGRAM, request, body, () -> botApi.call(token, method, request.query(), contentType, body));
    }
}
