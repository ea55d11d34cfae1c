package io.switchboard.whatsapp.rest;

import io.switchboard.common.problem.ProblemException;
import io.switchboard.common.problem.Problems;
import io.switchboard.whatsapp.config.WhatsAppConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses oversized webhook bodies before they are read when their length is declared (Meta declares it), and after
 * reading otherwise, so a large body is never parsed.
 */
public class WebhookBodyLimit {

    private static final String WEBHOOK_PATH = "/webhooks/whatsapp/";

    @Inject
    WhatsAppConfig config;

    @ServerRequestFilter(preMatching = true)
    public void refuseDeclaredOversize(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith(WEBHOOK_PATH)) {
            return;
        }
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return;
        }
        try {
            if (Long.parseLong(declared.trim()) > limit()) {
                throw tooLarge(limit());
            }
        } catch (NumberFormatException e) {
            throw Problems.badRequest("Content-Length is not a number.");
        }
    }

    /**
     * A body sent without declaring its length (chunked) is only known to be too long once read; the HTTP server's
     * own limit ({@code quarkus.http.limits.max-body-size}) bounds what that costs.
     */
    static byte[] within(byte[] body, long limit) {
        if (body.length > limit) {
            throw tooLarge(limit);
        }
        return body;
    }

    private long limit() {
        return config.maxWebhookBytes().asLongValue();
    }

    private static ProblemException tooLarge(long limit) {
        return Problems.payloadTooLarge("A webhook body may have at most " + limit + " bytes.");
    }
}
