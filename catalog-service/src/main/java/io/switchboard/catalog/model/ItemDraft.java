package io.switchboard.catalog.model;

import io.switchboard.catalog.validation.ConsistentItem;
import io.switchboard.catalog.validation.HttpsUrl;
import io.switchboard.catalog.validation.IsoCurrency;
import io.switchboard.catalog.validation.Tags;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An item as a business writes it: the body of create, full update and import, and what a merge patch is applied to.
 * The enumerated fields are plain strings here so that every invalid field is reported at once, not only the first
 * one the JSON reader trips on.
 */
@ConsistentItem
@Schema(name = "ItemDraft", description = "An item as written by the business.")
public record ItemDraft(
        @NotNull
        @Pattern(regexp = ItemType.PATTERN, message = "must be PRODUCT or SERVICE")
        @Schema(
                enumeration = {"PRODUCT", "SERVICE"},
                required = true)
        String type,

        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Migrazione cloud")
        String name,

        @Size(max = 4000) String description,

        @DecimalMin("0") @Digits(integer = 15, fraction = 4) @Schema(examples = "1500.00")
        BigDecimal price,

        @IsoCurrency @Schema(description = "ISO 4217 code; required with a price", examples = "EUR")
        String currency,

        @Size(max = 100) String category,

        @Pattern(regexp = Availability.PATTERN, message = "must be AVAILABLE, UNAVAILABLE or ON_REQUEST")
        @Schema(
                enumeration = {"AVAILABLE", "UNAVAILABLE", "ON_REQUEST"},
                description = "AVAILABLE when absent")
        String availability,

        @Pattern(regexp = ISO_DURATION, message = "must be an ISO-8601 duration such as PT2H, P3D or P2W")
        @Size(max = 50)
        @Schema(description = "ISO-8601 duration, services only", examples = "P5D")
        String duration,

        @HttpsUrl @Size(max = 2000) String imageUrl,
        @Tags List<String> tags,

        @Pattern(regexp = Language.PATTERN, message = "must be it or en")
        @Schema(
                enumeration = {"it", "en"},
                description = "the configured default language when absent")
        String language,

        @Size(max = 100)
        @Schema(description = "The business's own code or SKU, unique per tenant; import matches rows by it")
        String externalRef) {

    /** ISO-8601 durations ({@code P[n]Y[n]M[n]W[n]DT[n]H[n]M[n]S}) with at least one part, and a time after T. */
    public static final String ISO_DURATION =
            "P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+([.,]\\d+)?S)?)?";
}
