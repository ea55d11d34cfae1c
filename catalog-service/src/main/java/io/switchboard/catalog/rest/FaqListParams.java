package io.switchboard.catalog.rest;

import io.switchboard.catalog.model.Language;
import io.switchboard.catalog.repository.FaqCriteria;
import io.switchboard.catalog.validation.WholeNumber;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the FAQ listing. */
public record FaqListParams(
        @QueryParam("q")
        @Size(max = 200)
        @Parameter(description = "Text the question, answer or tags contain (any case or accents)")
        String q,

        @QueryParam("language") @Pattern(regexp = Language.PATTERN, message = "must be it or en")
        String language,

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

    FaqCriteria criteria() {
        return new FaqCriteria(language, q == null || q.isBlank() ? null : q.strip());
    }
}
