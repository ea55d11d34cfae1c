package io.switchboard.whatsapp.rest;

import io.switchboard.common.security.Roles;
import io.switchboard.common.security.TenantContext;
import io.switchboard.whatsapp.service.BusinessProfileService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The number's WhatsApp business profile (about, address, description, email, websites, vertical, picture). */
@Path("/api/v1/channels/whatsapp/{channelId}/profile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BusinessProfileResource {

    @Inject
    BusinessProfileService profiles;

    @Inject
    TenantContext tenant;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    public BusinessProfileView get(@PathParam("channelId") UUID channelId) {
        return profiles.get(tenant.tenantId(), channelId);
    }

    /** Checked against WhatsApp's limits first (400 with the fields), then written to Meta and read back. */
    @PATCH
    @RolesAllowed(Roles.ADMIN)
    public BusinessProfileView update(
            @PathParam("channelId") UUID channelId, @Valid @NotNull BusinessProfileUpdate update) {
        return profiles.update(tenant.tenantId(), channelId, update);
    }
}
