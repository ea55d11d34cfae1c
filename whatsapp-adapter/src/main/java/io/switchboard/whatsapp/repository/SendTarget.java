package io.switchboard.whatsapp.repository;

import java.util.UUID;

/**
 * What sending needs to know about an active channel, read with one plain query (no entity) because it is read for
 * every outbound message.
 *
 * @param sealedAccessToken the access token as stored (a {@code SecretCipher} ciphertext)
 */
public record SendTarget(
        UUID channelId,
        String phoneNumberId,
        String sealedAccessToken,
        Integer messagesPerSecond,
        boolean coexistence,
        String throughputLevel,
        String catalogId) {

    @Override
    public String toString() {
        return "SendTarget[channelId=" + channelId + "]";
    }
}
