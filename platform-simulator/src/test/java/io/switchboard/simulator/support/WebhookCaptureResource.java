package io.switchboard.simulator.support;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A webhook for tests, part of the test application: it answers Meta's verification handshake like a well-behaved
 * service and records every POST the simulator makes, answering as {@link WebhookCaptures} scripts it.
 */
@Path("/test-webhooks/{name}")
public class WebhookCaptureResource {

    private final WebhookCaptures captures;

    WebhookCaptureResource(WebhookCaptures captures) {
        this.captures = captures;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Response handshake(
            @PathParam("name") String name,
            @QueryParam("hub.mode") String mode,
            @QueryParam("hub.verify_token") String verifyToken,
            @QueryParam("hub.challenge") String challenge,
            @Context HttpServerRequest request) {
        captures.record(name, new CapturedRequest("GET", request.query(), headers(request), new byte[0]));
        if ("subscribe".equals(mode) && captures.verifyToken(name).equals(verifyToken)) {
            return Response.ok(challenge).build();
        }
        return Response.status(403).entity("wrong verify token").build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.TEXT_PLAIN)
    public Response receive(@PathParam("name") String name, @Context HttpServerRequest request, byte[] body) {
        int status = captures.record(name, new CapturedRequest("POST", request.query(), headers(request), body));
        return Response.status(status)
                .entity(status == 200 ? "EVENT_RECEIVED" : "refused")
                .build();
    }

    private static Map<String, String> headers(HttpServerRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(Locale.ROOT), header.getValue()));
        return headers;
    }
}
