package io.switchboard.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.switchboard.catalog.entity.FaqEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** FAQ entries, always read and written within one tenant. */
@ApplicationScoped
public class FaqEntryRepository implements PanacheRepositoryBase<FaqEntry, UUID> {

    public Optional<FaqEntry> findOwned(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    public List<FaqEntry> listOwned(String tenantId, Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("tenantId = ?1 and id in ?2", tenantId, ids);
    }

    public boolean deleteOwned(String tenantId, UUID id) {
        return delete("tenantId = ?1 and id = ?2", tenantId, id) > 0;
    }

    /** Matching entries by question (ignoring case), for paging. */
    public PanacheQuery<FaqEntry> filtered(String tenantId, FaqCriteria criteria) {
        StringBuilder where = new StringBuilder("tenantId = :tenant");
        Parameters parameters = Parameters.with("tenant", tenantId);
        if (criteria.language() != null) {
            where.append(" and language = :language");
            parameters.and("language", criteria.language());
        }
        if (criteria.text() != null) {
            where.append(" and searchDocument like concat('%', function('catalog_fold', :text), '%') escape '")
                    .append(LikePattern.ESCAPE)
                    .append('\'');
            parameters.and("text", LikePattern.escape(criteria.text()));
        }
        return find(where + " order by lower(question), id", parameters);
    }
}
