package io.switchboard.catalog.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.catalog.model.Item;
import io.switchboard.catalog.model.ItemDraft;
import io.switchboard.catalog.model.Page;
import io.switchboard.catalog.service.ItemService;
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

/** The tenant's products and services: admins write, admins and agents read. */
@Path("/api/v1/catalog/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
@Tag(name = "Items")
public class ItemResource {

    private final TenantContext tenant;
    private final ItemService items;

    ItemResource(TenantContext tenant, ItemService items) {
        this.tenant = tenant;
        this.items = items;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create an item")
    public Response create(@Valid ItemDraft draft, @Context UriInfo uri) {
        Item item = items.create(tenant.tenantId(), RequiredBody.of(draft, "an item as JSON"));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(item.id().toString()).build())
                .entity(item)
                .build();
    }

    @GET
    @Operation(summary = "List items, by name, with optional filters")
    public Page<Item> list(@Valid @BeanParam ItemListParams params) {
        return items.list(tenant.tenantId(), params.criteria(), params.pageNumber(), params.pageSize());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an item")
    public Item read(@PathParam("id") UUID id) {
        return items.read(tenant.tenantId(), id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace an item (full update)")
    public Item replace(@PathParam("id") UUID id, @Valid ItemDraft draft) {
        return items.replace(tenant.tenantId(), id, RequiredBody.of(draft, "an item as JSON"));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({MergePatchMediaType.VALUE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of an item (JSON merge patch: null clears a field)")
    public Item patch(@PathParam("id") UUID id, JsonNode patch) {
        return items.patch(tenant.tenantId(), id, RequiredBody.of(patch, "a JSON merge patch"));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete an item")
    public void delete(@PathParam("id") UUID id) {
        items.delete(tenant.tenantId(), id);
    }
}
