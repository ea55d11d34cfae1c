package io.switchboard.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.switchboard.gateway.entity.Rule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RuleRepository implements PanacheRepositoryBase<Rule, UUID> {

    public List<Rule> listForTenant(String tenantId) {
        return list("tenantId = ?1 order by priority, createdAt", tenantId);
    }

    public Optional<Rule> findForTenant(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResultOptional();
    }

    /** The enabled rules that apply to a channel, in the order they are tried. */
    public List<Rule> activeFor(String tenantId, String channelId) {
        return list(
                "tenantId = ?1 and enabled = true and (channelId is null or channelId = ?2) order by priority, createdAt",
                tenantId,
                channelId);
    }
}
