package io.switchboard.whatsapp.rest;

import io.switchboard.common.security.Roles;
import io.switchboard.common.security.TenantContext;
import io.switchboard.whatsapp.service.ChannelService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** A tenant's WhatsApp numbers: register, inspect, rotate secrets, remove. Answers never carry a secret. */
@Path("/api/v1/channels/whatsapp")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChannelResource {

    @Inject
    ChannelService channels;

    @Inject
    TenantContext tenant;

    /** Checks the access token with Meta, stores the channel and answers with the webhook URL to configure. */
    @POST
    public Response register(@Valid @NotNull ChannelRegistration registration, UriInfo uri) {
        ChannelView channel = channels.register(tenant.tenantId(), registration);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(channel.channelId().toString())
                        .build())
                .entity(channel)
                .build();
    }

    @GET
    public List<ChannelView> list() {
        return channels.list(tenant.tenantId());
    }

    @GET
    @Path("/{channelId}")
    public ChannelView get(@PathParam("channelId") UUID channelId) {
        return channels.get(tenant.tenantId(), channelId);
    }

    /** Rotates secrets or changes the catalog; a new access token is checked with Meta first. */
    @PATCH
    @Path("/{channelId}")
    public ChannelView update(@PathParam("channelId") UUID channelId, @Valid @NotNull ChannelUpdate update) {
        return channels.update(tenant.tenantId(), channelId, update);
    }

    /** Stops intake (its webhooks answer 404) and sending (its commands fail) for the channel. */
    @DELETE
    @Path("/{channelId}")
    public Response remove(@PathParam("channelId") UUID channelId) {
        channels.remove(tenant.tenantId(), channelId);
        return Response.noContent().build();
    }
}
