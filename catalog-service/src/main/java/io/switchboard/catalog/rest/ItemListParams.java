package io.switchboard.catalog.rest;

import io.switchboard.catalog.model.ItemType;
import io.switchboard.catalog.repository.ItemCriteria;
import io.switchboard.catalog.validation.WholeNumber;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the item listing. Enumerations are strings so a wrong value is a 400 naming it. */
public record ItemListParams(
        @QueryParam("q")
        @Size(max = 200)
        @Parameter(description = "Text the name, category, description or tags contain (any case or accents)")
        String q,

        @QueryParam("type")
        @Pattern(regexp = ItemType.PATTERN, message = "must be PRODUCT or SERVICE")
        @Parameter(schema = @Schema(enumeration = {"PRODUCT", "SERVICE"}))
        String type,

        @QueryParam("category") @Size(max = 100) @Parameter(description = "Exact category, any case")
        String category,

        @QueryParam("available")
        @Pattern(regexp = "true|false", message = "must be true or false")
        @Parameter(
                description = "true: AVAILABLE or ON_REQUEST; false: UNAVAILABLE",
                schema = @Schema(type = SchemaType.BOOLEAN))
        String available,

        @QueryParam("page")
        @DefaultValue("0")
        @WholeNumber(min = 0, max = Paging.MAX_PAGE)
        @Parameter(description = "Zero-based page index", schema = @Schema(type = SchemaType.INTEGER))
        String page,

        @QueryParam("size")
        @DefaultValue(Paging.DEFAULT_SIZE)
        @WholeNumber(min = 1, max = Paging.MAX_SIZE)
        @Parameter(description = "Entries per page, at most 100", schema = @Schema(type = SchemaType.INTEGER))
        String size) {

    int pageNumber() {
        return Paging.number(page);
    }

    int pageSize() {
        return Paging.number(size);
    }

    ItemCriteria criteria() {
        return new ItemCriteria(
                type == null ? null : ItemType.valueOf(type),
                blankToNull(category),
                available == null ? null : Boolean.valueOf(available),
                blankToNull(q));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
