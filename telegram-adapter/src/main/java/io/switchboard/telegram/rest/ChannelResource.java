package io.switchboard.telegram.rest;

import io.switchboard.common.security.Roles;
import io.switchboard.common.security.TenantContext;
import io.switchboard.telegram.service.ChannelService;
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

/** A tenant's Telegram bots: register, list, change (token, mode, webhook URL) and remove. */
@Path("/api/v1/channels/telegram")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChannelResource {

    @Inject
    ChannelService channels;

    @Inject
    TenantContext tenant;

    @POST
    public Response register(@Valid @NotNull RegisterChannelRequest request, UriInfo uri) {
        ChannelView channel = channels.register(tenant.tenantId(), request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(channel.channelId()).build())
                .entity(channel)
                .build();
    }

    @GET
    public List<ChannelView> list() {
        return channels.list(tenant.tenantId());
    }

    @GET
    @Path("/{channelId}")
    public ChannelView get(@PathParam("channelId") String channelId) {
        return channels.get(tenant.tenantId(), channelId);
    }

    @PATCH
    @Path("/{channelId}")
    public ChannelView update(@PathParam("channelId") String channelId, @Valid @NotNull UpdateChannelRequest request) {
        return channels.update(tenant.tenantId(), channelId, request);
    }

    @DELETE
    @Path("/{channelId}")
    public Response remove(@PathParam("channelId") String channelId) {
        channels.remove(tenant.tenantId(), channelId);
        return Response.noContent().build();
    }
}
