package io.switchboard.whatsapp.rest;

import io.switchboard.common.problem.ProblemException;
import io.switchboard.common.problem.Problems;
import io.switchboard.whatsapp.config.WhatsAppConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses oversized webhook bodies before they are read when their length is declared, and while reading them
 * otherwise, so a large body costs neither memory nor parsing.
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

    /** Reads at most {@code limit} bytes, failing with 413 as soon as the body turns out longer. */
    static byte[] read(InputStream body, long limit) throws IOException {
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw tooLarge(limit);
        }
        return bytes;
    }

    private long limit() {
        return config.maxWebhookBytes().asLongValue();
    }

    private static ProblemException tooLarge(long limit) {
        return Problems.payloadTooLarge("A webhook body may have at most " + limit + " bytes.");
    }
}
