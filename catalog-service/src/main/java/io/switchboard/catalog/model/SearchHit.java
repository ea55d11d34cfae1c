package io.switchboard.catalog.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * One search result, typed so a consumer switches over it exhaustively. The score is between 0 and 1; 1 means
 * every query word was found as written in the entry's name (or FAQ question).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SearchHit.ItemHit.class, name = "item"),
    @JsonSubTypes.Type(value = SearchHit.FaqHit.class, name = "faq")
})
@Schema(
        oneOf = {SearchHit.ItemHit.class, SearchHit.FaqHit.class},
        discriminatorProperty = "kind",
        discriminatorMapping = {
            @DiscriminatorMapping(value = "item", schema = SearchHit.ItemHit.class),
            @DiscriminatorMapping(value = "faq", schema = SearchHit.FaqHit.class)
        })
public sealed interface SearchHit {

    double score();

    @Schema(
            name = "ItemHit",
            properties = @SchemaProperty(name = "kind", type = SchemaType.STRING, enumeration = "item"))
    record ItemHit(double score, Item item) implements SearchHit {}

    @Schema(name = "FaqHit", properties = @SchemaProperty(name = "kind", type = SchemaType.STRING, enumeration = "faq"))
    record FaqHit(double score, Faq faq) implements SearchHit {}
}
