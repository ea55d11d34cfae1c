package io.switchboard.catalog.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.switchboard.catalog.entity.FaqEntry;
import io.switchboard.catalog.mapping.FaqMapper;
import io.switchboard.catalog.model.Faq;
import io.switchboard.catalog.model.FaqDraft;
import io.switchboard.catalog.model.Page;
import io.switchboard.catalog.repository.FaqCriteria;
import io.switchboard.catalog.repository.FaqEntryRepository;
import io.switchboard.common.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** A tenant's FAQ entries: every method acts within the tenant it is given, never across tenants. */
@ApplicationScoped
public class FaqService {

    private static final Logger LOG = Logger.getLogger(FaqService.class);
    private static final String WHAT = "FAQ entry";

    private final FaqEntryRepository faqs;
    private final FaqMapper mapper;
    private final MergePatch mergePatch;
    private final Drafts drafts;

    FaqService(FaqEntryRepository faqs, FaqMapper mapper, MergePatch mergePatch, Drafts drafts) {
        this.faqs = faqs;
        this.mapper = mapper;
        this.mergePatch = mergePatch;
        this.drafts = drafts;
    }

    /** Creates an entry from a validated draft. */
    @Transactional
    public Faq create(String tenantId, FaqDraft draft) {
        FaqEntry faq = new FaqEntry();
        faq.id = UUID.randomUUID();
        faq.tenantId = tenantId;
        mapper.copy(draft, faq);
        faq.createdAt = Timestamps.now();
        faq.updatedAt = faq.createdAt;
        faqs.persist(faq);
        LOG.infof("faq created tenant=%s faq=%s", tenantId, faq.id);
        return mapper.toFaq(faq);
    }

    @Transactional
    public Faq read(String tenantId, UUID id) {
        return mapper.toFaq(owned(tenantId, id));
    }

    @Transactional
    public Page<Faq> list(String tenantId, FaqCriteria criteria, int page, int size) {
        PanacheQuery<FaqEntry> query = faqs.filtered(tenantId, criteria);
        List<Faq> content = query.page(io.quarkus.panache.common.Page.of(page, size)).list().stream()
                .map(mapper::toFaq)
                .toList();
        return Page.of(content, page, size, query.count());
    }

    /** Replaces every field with the draft's (full update). */
    @Transactional
    public Faq replace(String tenantId, UUID id, FaqDraft draft) {
        return write(owned(tenantId, id), draft);
    }

    /** Applies a JSON merge patch, then checks the result as a whole like a full update. */
    @Transactional
    public Faq patch(String tenantId, UUID id, JsonNode patch) {
        FaqEntry faq = owned(tenantId, id);
        FaqDraft patched = drafts.requireValid(mergePatch.apply(mapper.toDraft(faq), patch, FaqDraft.class));
        return write(faq, patched);
    }

    @Transactional
    public void delete(String tenantId, UUID id) {
        if (!faqs.deleteOwned(tenantId, id)) {
            throw Problems.notFound(WHAT, id.toString());
        }
        LOG.infof("faq deleted tenant=%s faq=%s", tenantId, id);
    }

    private Faq write(FaqEntry faq, FaqDraft draft) {
        mapper.copy(draft, faq);
        faq.updatedAt = Timestamps.after(faq.updatedAt);
        faqs.flush();
        LOG.infof("faq updated tenant=%s faq=%s", faq.tenantId, faq.id);
        return mapper.toFaq(faq);
    }

    private FaqEntry owned(String tenantId, UUID id) {
        return faqs.findOwned(tenantId, id).orElseThrow(() -> Problems.notFound(WHAT, id.toString()));
    }
}
