package io.switchboard.catalog.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.switchboard.catalog.entity.CatalogItem;
import io.switchboard.catalog.mapping.ItemMapper;
import io.switchboard.catalog.model.Item;
import io.switchboard.catalog.model.ItemDraft;
import io.switchboard.catalog.model.Page;
import io.switchboard.catalog.repository.CatalogItemRepository;
import io.switchboard.catalog.repository.ItemCriteria;
import io.switchboard.common.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;

/** A tenant's products and services: every method acts within the tenant it is given, never across tenants. */
@ApplicationScoped
public class ItemService {

    private static final Logger LOG = Logger.getLogger(ItemService.class);
    private static final String WHAT = "catalog item";

    private final CatalogItemRepository items;
    private final ItemMapper mapper;
    private final MergePatch mergePatch;
    private final Drafts drafts;

    ItemService(CatalogItemRepository items, ItemMapper mapper, MergePatch mergePatch, Drafts drafts) {
        this.items = items;
        this.mapper = mapper;
        this.mergePatch = mergePatch;
        this.drafts = drafts;
    }

    /** Creates an item from a validated draft. */
    @Transactional
    public Item create(String tenantId, ItemDraft draft) {
        CatalogItem item = new CatalogItem();
        item.id = UUID.randomUUID();
        item.tenantId = tenantId;
        requireFreeExternalRef(tenantId, mapper.externalRefOf(draft), item.id);
        mapper.copy(draft, item);
        item.createdAt = Timestamps.now();
        item.updatedAt = item.createdAt;
        ExternalRefConflicts.guard(() -> items.persistAndFlush(item));
        LOG.infof("catalog item created tenant=%s item=%s", tenantId, item.id);
        return mapper.toItem(item);
    }

    @Transactional
    public Item read(String tenantId, UUID id) {
        return mapper.toItem(owned(tenantId, id));
    }

    @Transactional
    public Page<Item> list(String tenantId, ItemCriteria criteria, int page, int size) {
        PanacheQuery<CatalogItem> query = items.filtered(tenantId, criteria);
        List<Item> content = query.page(io.quarkus.panache.common.Page.of(page, size)).list().stream()
                .map(mapper::toItem)
                .toList();
        return Page.of(content, page, size, query.count());
    }

    /** Replaces every field with the draft's (full update). */
    @Transactional
    public Item replace(String tenantId, UUID id, ItemDraft draft) {
        CatalogItem item = owned(tenantId, id);
        return write(item, draft);
    }

    /** Applies a JSON merge patch, then checks the result as a whole like a full update. */
    @Transactional
    public Item patch(String tenantId, UUID id, JsonNode patch) {
        CatalogItem item = owned(tenantId, id);
        ItemDraft patched = drafts.requireValid(mergePatch.apply(mapper.toDraft(item), patch, ItemDraft.class));
        return write(item, patched);
    }

    @Transactional
    public void delete(String tenantId, UUID id) {
        if (!items.deleteOwned(tenantId, id)) {
            throw Problems.notFound(WHAT, id.toString());
        }
        LOG.infof("catalog item deleted tenant=%s item=%s", tenantId, id);
    }

    private Item write(CatalogItem item, ItemDraft draft) {
        // Checked before the entity changes: the lookup would otherwise flush the change and hit the constraint.
        requireFreeExternalRef(item.tenantId, mapper.externalRefOf(draft), item.id);
        mapper.copy(draft, item);
        item.updatedAt = Timestamps.after(item.updatedAt);
        ExternalRefConflicts.guard(items::flush);
        LOG.infof("catalog item updated tenant=%s item=%s", item.tenantId, item.id);
        return mapper.toItem(item);
    }

    private CatalogItem owned(String tenantId, UUID id) {
        return items.findOwned(tenantId, id).orElseThrow(() -> Problems.notFound(WHAT, id.toString()));
    }

    private void requireFreeExternalRef(String tenantId, String externalRef, UUID itemId) {
        if (externalRef == null) {
            return;
        }
        items.findByExternalRef(tenantId, externalRef)
                .filter(other -> !Objects.equals(other.id, itemId))
                .ifPresent(other -> {
                    throw ExternalRefConflicts.taken(externalRef);
                });
    }
}
