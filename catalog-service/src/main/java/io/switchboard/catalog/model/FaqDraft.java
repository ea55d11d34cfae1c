package io.switchboard.catalog.model;

import io.switchboard.catalog.validation.Tags;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A FAQ entry as a business writes it: the body of create and full update, and what a merge patch is applied to. */
@Schema(name = "FaqDraft", description = "A FAQ entry as written by the business.")
public record FaqDraft(
        @NotBlank @Size(max = 500) @Schema(required = true, examples = "Come posso pagare?")
        String question,

        @NotBlank @Size(max = 4000) @Schema(required = true) String answer,

        @Pattern(regexp = Language.PATTERN, message = "must be it or en")
        @Schema(
                enumeration = {"it", "en"},
                description = "the configured default language when absent")
        String language,

        @Tags List<String> tags) {}
