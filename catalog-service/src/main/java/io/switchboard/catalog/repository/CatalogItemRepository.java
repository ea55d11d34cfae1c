package io.switchboard.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.switchboard.catalog.entity.CatalogItem;
import io.switchboard.catalog.model.Availability;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Items, always read and written within one tenant. */
@ApplicationScoped
public class CatalogItemRepository implements PanacheRepositoryBase<CatalogItem, UUID> {

    public Optional<CatalogItem> findOwned(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    public List<CatalogItem> listOwned(String tenantId, Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("tenantId = ?1 and id in ?2", tenantId, ids);
    }

    public Optional<CatalogItem> findByExternalRef(String tenantId, String externalRef) {
        return find("tenantId = ?1 and externalRef = ?2", tenantId, externalRef).firstResultOptional();
    }

    public List<CatalogItem> listByExternalRefs(String tenantId, Collection<String> externalRefs) {
        return externalRefs.isEmpty() ? List.of() : list("tenantId = ?1 and externalRef in ?2", tenantId, externalRefs);
    }

    public boolean deleteOwned(String tenantId, UUID id) {
        return delete("tenantId = ?1 and id = ?2", tenantId, id) > 0;
    }

    /** Matching items by name (ignoring case), for paging. */
    public PanacheQuery<CatalogItem> filtered(String tenantId, ItemCriteria criteria) {
        StringBuilder where = new StringBuilder("tenantId = :tenant");
        Parameters parameters = Parameters.with("tenant", tenantId);
        if (criteria.type() != null) {
            where.append(" and type = :type");
            parameters.and("type", criteria.type());
        }
        if (criteria.category() != null) {
            where.append(" and lower(category) = :category");
            parameters.and("category", criteria.category().toLowerCase(Locale.ROOT));
        }
        if (criteria.available() != null) {
            where.append(
                    criteria.available() ? " and availability <> :unavailable" : " and availability = :unavailable");
            parameters.and("unavailable", Availability.UNAVAILABLE);
        }
        if (criteria.text() != null) {
            where.append(" and searchDocument like concat('%', function('catalog_fold', :text), '%') escape '")
                    .append(LikePattern.ESCAPE)
                    .append('\'');
            parameters.and("text", LikePattern.escape(criteria.text()));
        }
        return find(where + " order by lower(name), id", parameters);
    }
}
