package io.switchboard.catalog.mapping;

import io.switchboard.catalog.config.CatalogConfig;
import io.switchboard.catalog.entity.FaqEntry;
import io.switchboard.catalog.model.Faq;
import io.switchboard.catalog.model.FaqDraft;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Between the faq_entry row and the API's records. */
@ApplicationScoped
public class FaqMapper {

    private final CatalogConfig config;

    FaqMapper(CatalogConfig config) {
        this.config = config;
    }

    public Faq toFaq(FaqEntry entity) {
        return new Faq(
                entity.id,
                entity.question,
                entity.answer,
                entity.language,
                List.copyOf(entity.tags),
                entity.createdAt,
                entity.updatedAt);
    }

    /** The stored entry as a draft: what a merge patch is applied to. */
    public FaqDraft toDraft(FaqEntry entity) {
        return new FaqDraft(entity.question, entity.answer, entity.language, List.copyOf(entity.tags));
    }

    /** Copies a validated draft onto the entity, every field: a draft is a full replacement. */
    public void copy(FaqDraft draft, FaqEntry target) {
        target.question = InputText.trimToNull(draft.question());
        target.answer = InputText.trimToNull(draft.answer());
        target.language = draft.language() == null ? config.defaultLanguage() : draft.language();
        target.tags = InputText.tags(draft.tags());
    }
}
