package io.switchboard.telegram.rest;

import io.switchboard.common.security.Roles;
import io.switchboard.common.security.TenantContext;
import io.switchboard.telegram.service.BotProfileService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A channel's bot profile: name, description, short description and command menu per language. */
@Path("/api/v1/channels/telegram/{channelId}/profile")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BotProfileResource {

    @Inject
    BotProfileService profiles;

    @Inject
    TenantContext tenant;

    @GET
    public BotProfile get(@PathParam("channelId") String channelId) {
        return profiles.get(tenant.tenantId(), channelId);
    }

    @PUT
    public BotProfile update(@PathParam("channelId") String channelId, @Valid @NotNull BotProfile change) {
        return profiles.update(tenant.tenantId(), channelId, change);
    }
}
