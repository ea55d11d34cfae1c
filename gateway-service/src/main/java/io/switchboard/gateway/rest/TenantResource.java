package io.switchboard.gateway.rest;

import io.switchboard.gateway.entity.Tenant;
import io.switchboard.gateway.service.IssuedToken;
import io.switchboard.gateway.service.TenantService;
import io.switchboard.gateway.service.TokenService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operator API: create tenants and issue their tokens. */
@Path("/api/v1/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@OperatorOnly
@PermitAll
@Tag(name = "Tenants", description = "Operator only: Authorization: Bearer <operator token>")
public class TenantResource {

    @Inject
    TenantService tenants;

    @Inject
    TokenService tokens;

    @POST
    @Operation(summary = "Create a tenant")
    public Response create(@Valid @NotNull TenantRequest request) {
        Tenant tenant = tenants.create(request.id(), request.name());
        return Response.created(URI.create("/api/v1/tenants/" + tenant.id))
                .entity(view(tenant))
                .build();
    }

    @GET
    @Path("/{tenantId}")
    @Operation(summary = "Read a tenant")
    public TenantView get(@PathParam("tenantId") String tenantId) {
        return view(tenants.require(tenantId));
    }

    @POST
    @Path("/{tenantId}/tokens")
    @Operation(summary = "Issue a token for the tenant (shown once)")
    public Response issueToken(@PathParam("tenantId") String tenantId, @Valid @NotNull TokenRequest request) {
        IssuedToken issued = tokens.issue(tenantId, request.subject(), request.roles(), request.ttl());
        return Response.status(Response.Status.CREATED)
                .entity(new TokenView(
                        issued.tokenId(),
                        issued.tenantId(),
                        issued.subject(),
                        issued.roles(),
                        issued.token(),
                        issued.expiresAt()))
                .build();
    }

    private static TenantView view(Tenant tenant) {
        return new TenantView(tenant.id, tenant.name, tenant.createdAt);
    }
}
