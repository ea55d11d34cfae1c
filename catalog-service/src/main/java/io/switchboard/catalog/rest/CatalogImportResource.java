package io.switchboard.catalog.rest;

import io.switchboard.catalog.model.ImportResult;
import io.switchboard.catalog.model.ItemDraft;
import io.switchboard.catalog.service.CatalogImport;
import io.switchboard.common.security.Roles;
import io.switchboard.common.security.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk load of items, matched by externalRef; rows are validated by the import itself, to report them by index. */
@Path("/api/v1/catalog/import")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Import")
public class CatalogImportResource {

    private final TenantContext tenant;
    private final CatalogImport catalogImport;

    CatalogImportResource(TenantContext tenant, CatalogImport catalogImport) {
        this.tenant = tenant;
        this.catalogImport = catalogImport;
    }

    @POST
    @Operation(
            summary = "Create or replace items by externalRef, all or nothing",
            description = "Rows whose externalRef is known replace that item; the others are created. Items not in"
                    + " the import are left as they are. One invalid row refuses the whole import.")
    public ImportResult importItems(List<ItemDraft> rows) {
        return catalogImport.importItems(tenant.tenantId(), RequiredBody.of(rows, "a JSON array of items"));
    }
}
