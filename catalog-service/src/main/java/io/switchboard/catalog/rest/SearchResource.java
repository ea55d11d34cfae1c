package io.switchboard.catalog.rest;

import io.switchboard.catalog.model.SearchResults;
import io.switchboard.catalog.service.CatalogSearch;
import io.switchboard.common.security.Roles;
import io.switchboard.common.security.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Ranked, typo-tolerant search over the tenant's items and FAQ entries. */
@Path("/api/v1/catalog/search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
@Tag(name = "Search")
public class SearchResource {

    private final TenantContext tenant;
    private final CatalogSearch search;

    SearchResource(TenantContext tenant, CatalogSearch search) {
        this.tenant = tenant;
        this.search = search;
    }

    @GET
    @Operation(
            summary = "Search items and FAQ entries",
            description = "Hits are typed (kind: item or faq), best first, with a score from 0 to 1.")
    public SearchResults search(@Valid @BeanParam SearchParams params) {
        return search.search(tenant.tenantId(), params.q(), params.language(), params.maxHits());
    }
}
