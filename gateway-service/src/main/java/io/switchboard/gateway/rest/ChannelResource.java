package io.switchboard.gateway.rest;

import io.switchboard.common.security.Roles;
import io.switchboard.common.security.TenantContext;
import io.switchboard.gateway.mapping.InboxMapper;
import io.switchboard.gateway.service.ChannelDirectoryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's channels on every platform, with their health. */
@Path("/api/v1/channels")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
@Tag(name = "Channels")
public class ChannelResource {

    @Inject
    TenantContext tenant;

    @Inject
    ChannelDirectoryService directory;

    @GET
    @Operation(summary = "Every channel of the tenant, as the adapters last announced them")
    public List<ChannelView> list() {
        return directory.list(tenant.tenantId()).stream()
                .map(InboxMapper::toView)
                .toList();
    }
}
