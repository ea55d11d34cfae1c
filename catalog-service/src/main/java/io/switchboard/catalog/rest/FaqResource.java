package io.switchboard.catalog.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.catalog.model.Faq;
import io.switchboard.catalog.model.FaqDraft;
import io.switchboard.catalog.model.Page;
import io.switchboard.catalog.service.FaqService;
import io.switchboard.common.security.Roles;
import io.switchboard.common.security.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's FAQ entries: admins write, admins and agents read. */
@Path("/api/v1/catalog/faqs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
@Tag(name = "FAQ entries")
public class FaqResource {

    private final TenantContext tenant;
    private final FaqService faqs;

    FaqResource(TenantContext tenant, FaqService faqs) {
        this.tenant = tenant;
        this.faqs = faqs;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a FAQ entry")
    public Response create(@Valid FaqDraft draft, @Context UriInfo uri) {
        Faq faq = faqs.create(tenant.tenantId(), RequiredBody.of(draft, "a FAQ entry as JSON"));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(faq.id().toString()).build())
                .entity(faq)
                .build();
    }

    @GET
    @Operation(summary = "List FAQ entries, by question, with optional filters")
    public Page<Faq> list(@Valid @BeanParam FaqListParams params) {
        return faqs.list(tenant.tenantId(), params.criteria(), params.pageNumber(), params.pageSize());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a FAQ entry")
    public Faq read(@PathParam("id") UUID id) {
        return faqs.read(tenant.tenantId(), id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a FAQ entry (full update)")
    public Faq replace(@PathParam("id") UUID id, @Valid FaqDraft draft) {
        return faqs.replace(tenant.tenantId(), id, RequiredBody.of(draft, "a FAQ entry as JSON"));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({MergePatchMediaType.VALUE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of a FAQ entry (JSON merge patch: null clears a field)")
    public Faq patch(@PathParam("id") UUID id, JsonNode patch) {
        return faqs.patch(tenant.tenantId(), id, RequiredBody.of(patch, "a JSON merge patch"));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a FAQ entry")
    public void delete(@PathParam("id") UUID id) {
        faqs.delete(tenant.tenantId(), id);
    }
}
