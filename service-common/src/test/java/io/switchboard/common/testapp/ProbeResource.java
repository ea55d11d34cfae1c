package io.switchboard.common.testapp;

import io.switchboard.common.problem.Problems;
import io.switchboard.common.security.Roles;
import io.switchboard.common.security.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A resource that fails in every way a real one can, to check the responses the mappers make. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    @Inject
    TenantContext tenant;

    public record Widget(
            @NotBlank String name, @Size(max = 3) String code) {}

    @GET
    @Path("/missing/{id}")
    public String missing(@PathParam("id") String id) {
        throw Problems.notFound("widget", id);
    }

    @POST
    @Path("/widgets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Widget create(@Valid Widget widget) {
        return widget;
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internals: db password is hunter2");
    }

    @GET
    @Path("/me")
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    public String me() {
        return tenant.tenantId();
    }

    @GET
    @Path("/admin-only")
    @RolesAllowed(Roles.ADMIN)
    public String adminOnly() {
        return "ok";
    }
}
