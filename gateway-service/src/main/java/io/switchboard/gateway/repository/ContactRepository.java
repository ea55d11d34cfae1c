package io.switchboard.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.switchboard.gateway.entity.Contact;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {

    public Optional<Contact> findByPlatformUser(String tenantId, String channelId, String platformUserId) {
        return find("tenantId = ?1 and channelId = ?2 and platformUserId = ?3", tenantId, channelId, platformUserId)
                .firstResultOptional();
    }
}
