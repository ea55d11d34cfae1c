package io.switchboard.catalog.mapping;

import io.switchboard.catalog.config.CatalogConfig;
import io.switchboard.catalog.entity.CatalogItem;
import io.switchboard.catalog.model.Availability;
import io.switchboard.catalog.model.Item;
import io.switchboard.catalog.model.ItemDraft;
import io.switchboard.catalog.model.ItemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/** Between the catalog_item row and the API's records. */
@ApplicationScoped
public class ItemMapper {

    private final CatalogConfig config;

    ItemMapper(CatalogConfig config) {
        this.config = config;
    }

    public Item toItem(CatalogItem entity) {
        return new Item(
                entity.id,
                entity.type,
                entity.name,
                entity.description,
                priceIn(entity.price, entity.currency),
                entity.currency,
                entity.category,
                entity.availability,
                entity.duration,
                entity.imageUrl,
                List.copyOf(entity.tags),
                entity.language,
                entity.externalRef,
                entity.createdAt,
                entity.updatedAt);
    }

    /** The stored item as a draft: what a merge patch is applied to. */
    public ItemDraft toDraft(CatalogItem entity) {
        return new ItemDraft(
                entity.type.name(),
                entity.name,
                entity.description,
                priceIn(entity.price, entity.currency),
                entity.currency,
                entity.category,
                entity.availability.name(),
                entity.duration,
                entity.imageUrl,
                List.copyOf(entity.tags),
                entity.language,
                entity.externalRef);
    }

    /** Copies a validated draft onto the entity, every field: a draft is a full replacement. */
    public void copy(ItemDraft draft, CatalogItem target) {
        target.type = ItemType.valueOf(draft.type());
        target.name = InputText.trimToNull(draft.name());
        target.description = InputText.trimToNull(draft.description());
        target.price = draft.price();
        target.currency = draft.currency();
        target.category = InputText.trimToNull(draft.category());
        target.availability =
                draft.availability() == null ? Availability.AVAILABLE : Availability.valueOf(draft.availability());
        target.duration = draft.duration();
        target.imageUrl = draft.imageUrl();
        target.tags = InputText.tags(draft.tags());
        target.language = draft.language() == null ? config.defaultLanguage() : draft.language();
        target.externalRef = InputText.trimToNull(draft.externalRef());
    }

    /** The externalRef the draft will be stored with. */
    public String externalRefOf(ItemDraft draft) {
        return InputText.trimToNull(draft.externalRef());
    }

    /** The column keeps four decimals; show the currency's own (1500.00 EUR, 1500 JPY). */
    private static BigDecimal priceIn(BigDecimal price, String currency) {
        if (price == null || currency == null) {
            return price;
        }
        int decimals = Currency.getInstance(currency).getDefaultFractionDigits();
        return decimals < 0 ? price.stripTrailingZeros() : price.setScale(decimals);
    }
}
