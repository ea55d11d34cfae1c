package io.switchboard.telegram.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.telegram.entity.CallbackChoiceEntity;
import io.switchboard.telegram.mapping.CallbackKeyIssuer;
import io.switchboard.telegram.repository.CallbackChoiceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * Keeps choice ids that do not fit in a button's 64 bytes. The key is stored before the message is sent, so every
 * press of a sent button can be mapped back.
 */
@ApplicationScoped
public class CallbackChoices implements CallbackKeyIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CallbackChoiceRepository repository;

    @Override
    public String keyFor(String channelId, String choiceId) {
        String key = newKey();
        QuarkusTransaction.requiringNew().run(() -> {
            CallbackChoiceEntity row = new CallbackChoiceEntity();
            row.callbackKey = key;
            row.channelId = channelId;
            row.choiceId = choiceId;
            row.createdAt = Instant.now();
            repository.persist(row);
        });
        return key;
    }

    /** 96 random bits: 16 characters of {@code A-Za-z0-9_-}. */
    private static String newKey() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
