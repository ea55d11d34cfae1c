package io.switchboard.whatsapp.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.whatsapp.entity.WhatsAppChannel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Channels; tenant-facing queries always name the tenant, so one never reaches another's channel. */
@ApplicationScoped
public class ChannelRepository implements PanacheRepositoryBase<WhatsAppChannel, UUID> {

    public Optional<WhatsAppChannel> findActive(String tenantId, UUID channelId) {
        return find("id = ?1 and tenantId = ?2 and removedAt is null", channelId, tenantId)
                .firstResultOptional();
    }

    public List<WhatsAppChannel> listActive(String tenantId) {
        return list("tenantId = ?1 and removedAt is null order by createdAt", tenantId);
    }

    public boolean numberTaken(String tenantId, String phoneNumberId) {
        return count("tenantId = ?1 and phoneNumberId = ?2 and removedAt is null", tenantId, phoneNumberId) > 0;
    }

    /** A channel by id alone, for webhooks and commands, which carry the id but no tenant token. */
    public Optional<WhatsAppChannel> findActive(UUID channelId) {
        return find("id = ?1 and removedAt is null", channelId).firstResultOptional();
    }

    /** Where a webhook for another number of the same tenant belongs (one Meta app can serve several numbers). */
    public Optional<WhatsAppChannel> findActiveByNumber(String tenantId, String phoneNumberId) {
        return find("tenantId = ?1 and phoneNumberId = ?2 and removedAt is null", tenantId, phoneNumberId)
                .firstResultOptional();
    }

    public List<WhatsAppChannel> listUnhealthy() {
        return list("health = ?1 and removedAt is null", ChannelHealth.UNHEALTHY);
    }

    /**
     * Locks the next channels (by id, after {@code after}) that hold a secret not sealed with the active key. Rows
     * another replica has locked are skipped, so replicas re-encrypting at the same time share the work.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockNextSealedWithOtherKey(String activeKeyId, UUID after, int limit) {
        String active = "v1:" + activeKeyId + ":%";
        return getEntityManager()
                .createNativeQuery(
                        "select id from whatsapp_channel where id > ?1 and ("
                                + "(access_token is not null and access_token not like ?2)"
                                + " or (app_secret is not null and app_secret not like ?2)"
                                + " or (previous_app_secret is not null and previous_app_secret not like ?2)"
                                + " or (verify_token is not null and verify_token not like ?2))"
                                + " order by id limit ?3 for update skip locked",
                        UUID.class)
                .setParameter(1, after)
                .setParameter(2, active)
                .setParameter(3, limit)
                .getResultList();
    }

    public List<UUID> allIds() {
        return getEntityManager()
                .createQuery("select c.id from WhatsAppChannel c order by c.createdAt", UUID.class)
                .getResultList();
    }
}
