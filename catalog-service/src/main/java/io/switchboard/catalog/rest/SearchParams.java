package io.switchboard.catalog.rest;

import io.switchboard.catalog.model.Language;
import io.switchboard.catalog.validation.WholeNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of a search. */
public record SearchParams(
        @QueryParam("q")
        @NotBlank
        @Size(max = 500)
        @Parameter(description = "What the customer asks, as typed", example = "quanto costa la migrazone cloud?")
        String q,

        @QueryParam("lang")
        @Pattern(regexp = Language.PATTERN, message = "must be it or en")
        @Parameter(description = "The query's language, when known")
        String lang,

        @QueryParam("limit")
        @DefaultValue("10")
        @WholeNumber(min = 1, max = 50)
        @Parameter(description = "Most hits to return, at most 50", schema = @Schema(type = SchemaType.INTEGER))
        String limit) {

    int maxHits() {
        return Paging.number(limit);
    }

    Optional<Language> language() {
        return Language.fromCode(lang);
    }
}
