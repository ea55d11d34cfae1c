package io.switchboard.common.crypto;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the {@link SecretCipher} from configuration, on first use: services without secrets never need keys. */
public class SecretCipherProducer {

    @Produces
    @Singleton
    SecretCipher secretCipher(CryptoConfig config) {
        String active = config.activeKeyId()
                .orElseThrow(() -> new IllegalStateException("switchboard.crypto.active-key-id is not set"));
        return new SecretCipher(active, config.keys());
    }
}
