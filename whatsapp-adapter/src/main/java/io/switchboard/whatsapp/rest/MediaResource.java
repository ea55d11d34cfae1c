package io.switchboard.whatsapp.rest;

import io.switchboard.common.security.Roles;
import io.switchboard.common.security.TenantContext;
import io.switchboard.whatsapp.service.MediaService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.UUID;

/**
 * Pictures, recordings and files customers sent, streamed from Meta with the channel's token (which never leaves the
 * adapter). The media id is the {@code platformMediaRef} of an inbound {@code Content.Media}.
 */
@Path("/api/v1/channels/whatsapp/{channelId}/media/{mediaId}")
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
public class MediaResource {

    @Inject
    MediaService media;

    @Inject
    TenantContext tenant;

    @GET
    @Produces(MediaType.WILDCARD)
    public Response download(
            @PathParam("channelId") UUID channelId,
            @PathParam("mediaId") @Pattern(regexp = "[A-Za-z0-9._-]{1,128}", message = "must be a WhatsApp media id")
                    String mediaId) {
        MediaService.Media found = media.fetch(tenant.tenantId(), channelId, mediaId);
        StreamingOutput body = output -> {
            try (InputStream bytes = found.bytes()) {
                bytes.transferTo(output);
            }
        };
        Response.ResponseBuilder response = Response.ok(
                        body, found.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : found.contentType())
                .header("Cache-Control", "private, max-age=300");
        if (found.contentLength() >= 0) {
            response.header("Content-Length", found.contentLength());
        }
        if (found.sha256() != null) {
            response.header("X-WhatsApp-Media-Sha256", found.sha256());
        }
        return response.build();
    }
}
