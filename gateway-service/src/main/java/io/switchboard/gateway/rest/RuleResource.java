package io.switchboard.gateway.rest;

import io.switchboard.common.security.Roles;
import io.switchboard.common.security.TenantContext;
import io.switchboard.gateway.entity.Rule;
import io.switchboard.gateway.mapping.RuleMapper;
import io.switchboard.gateway.service.RuleService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A tenant's routing rules: keyword auto-replies today, the automations later. */
@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rules")
public class RuleResource {

    @Inject
    TenantContext tenant;

    @Inject
    RuleService rules;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @Operation(summary = "List the rules, in the order they are tried")
    public List<RuleView> list() {
        return rules.list(tenant.tenantId()).stream().map(RuleMapper::toView).toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a rule")
    public Response create(@Valid @NotNull RuleRequest request) {
        Rule rule = rules.create(tenant.tenantId(), request);
        return Response.created(URI.create("/api/v1/rules/" + rule.id))
                .entity(RuleMapper.toView(rule))
                .build();
    }

    @GET
    @Path("/{ruleId}")
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    public RuleView get(@PathParam("ruleId") UUID ruleId) {
        return RuleMapper.toView(rules.get(tenant.tenantId(), ruleId));
    }

    @PUT
    @Path("/{ruleId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a rule")
    public RuleView replace(@PathParam("ruleId") UUID ruleId, @Valid @NotNull RuleRequest request) {
        return RuleMapper.toView(rules.replace(tenant.tenantId(), ruleId, request));
    }

    @DELETE
    @Path("/{ruleId}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("ruleId") UUID ruleId) {
        rules.delete(tenant.tenantId(), ruleId);
        return Response.noContent().build();
    }
}
