package io.switchboard.catalog.service;

import io.switchboard.catalog.config.CatalogConfig;
import io.switchboard.catalog.entity.CatalogItem;
import io.switchboard.catalog.mapping.ItemMapper;
import io.switchboard.catalog.model.ImportResult;
import io.switchboard.catalog.model.ItemDraft;
import io.switchboard.catalog.repository.CatalogItemRepository;
import io.switchboard.common.problem.Problem;
import io.switchboard.common.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Loads many items at once, matched to the catalog by externalRef: a known one is replaced, an unknown one created.
 * All or nothing: every row is checked before the first write, and the writes share one transaction.
 */
@ApplicationScoped
public class CatalogImport {

    private static final Logger LOG = Logger.getLogger(CatalogImport.class);

    private final CatalogItemRepository items;
    private final ItemMapper mapper;
    private final Drafts drafts;
    private final CatalogConfig config;

    CatalogImport(CatalogItemRepository items, ItemMapper mapper, Drafts drafts, CatalogConfig config) {
        this.items = items;
        this.mapper = mapper;
        this.drafts = drafts;
        this.config = config;
    }

    @Transactional
    public ImportResult importItems(String tenantId, List<ItemDraft> rows) {
        if (rows.size() > config.importing().maxItems()) {
            throw Problems.payloadTooLarge(
                    "An import carries at most " + config.importing().maxItems() + " items; this one has " + rows.size()
                            + ". Import the catalog in parts.");
        }
        requireValid(rows);
        Map<String, CatalogItem> known = items.listByExternalRefs(tenantId, externalRefs(rows)).stream()
                .collect(Collectors.toMap(item -> item.externalRef, Function.identity()));
        int created = 0;
        for (ItemDraft row : rows) {
            CatalogItem item = known.get(mapper.externalRefOf(row));
            if (item == null) {
                items.persist(newItem(tenantId, row));
                created++;
            } else {
                mapper.copy(row, item);
                item.updatedAt = Timestamps.after(item.updatedAt);
            }
        }
        ExternalRefConflicts.guard(items::flush);
        ImportResult result = new ImportResult(created, rows.size() - created);
        LOG.infof("catalog imported tenant=%s created=%d updated=%d", tenantId, result.created(), result.updated());
        return result;
    }

    private CatalogItem newItem(String tenantId, ItemDraft row) {
        CatalogItem item = new CatalogItem();
        item.id = UUID.randomUUID();
        item.tenantId = tenantId;
        mapper.copy(row, item);
        item.createdAt = Timestamps.now();
        item.updatedAt = item.createdAt;
        return item;
    }

    private void requireValid(List<ItemDraft> rows) {
        SortedMap<Integer, List<Problem.FieldError>> problemsByRow = new TreeMap<>();
        Map<String, Integer> firstRowByRef = new HashMap<>();
        for (int index = 0; index < rows.size(); index++) {
            List<Problem.FieldError> problems = problemsOf(rows.get(index), index, firstRowByRef);
            if (!problems.isEmpty()) {
                problemsByRow.put(index, problems);
            }
        }
        if (!problemsByRow.isEmpty()) {
            List<Problem.FieldError> errors = new ArrayList<>();
            problemsByRow.forEach((index, problems) -> problems.stream()
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .map(problem -> new Problem.FieldError("[" + index + "]" + problem.field(), problem.message()))
                    .forEach(errors::add));
            throw Problems.invalid(
                    problemsByRow.size() + " of " + rows.size() + " rows are invalid; nothing was imported.", errors);
        }
    }

    /** What is wrong with one row, fields relative to it (".name"); remembers its externalRef to spot repeats. */
    private List<Problem.FieldError> problemsOf(ItemDraft row, int index, Map<String, Integer> firstRowByRef) {
        if (row == null) {
            return List.of(new Problem.FieldError("", "must be an item object"));
        }
        List<Problem.FieldError> problems = new ArrayList<>();
        for (ConstraintViolation<ItemDraft> violation : drafts.violations(row)) {
            problems.add(new Problem.FieldError("." + violation.getPropertyPath(), violation.getMessage()));
        }
        String externalRef = mapper.externalRefOf(row);
        if (externalRef == null) {
            problems.add(new Problem.FieldError(".externalRef", "is required in an import: rows are matched by it"));
            return problems;
        }
        Integer first = firstRowByRef.putIfAbsent(externalRef, index);
        if (first != null) {
            problems.add(
                    new Problem.FieldError(".externalRef", "repeats row [" + first + "]: an item may appear once"));
        }
        return problems;
    }

    private List<String> externalRefs(List<ItemDraft> rows) {
        return rows.stream().map(mapper::externalRefOf).filter(Objects::nonNull).toList();
    }
}
