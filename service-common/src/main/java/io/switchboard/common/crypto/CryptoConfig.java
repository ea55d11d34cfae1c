package io.switchboard.common.crypto;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.util.Map;
import java.util.Optional;

/**
 * Keys for secrets at rest, from the environment (a Kubernetes Secret in production):
 * {@code SWITCHBOARD_CRYPTO_KEYS_<ID>} and {@code SWITCHBOARD_CRYPTO_ACTIVE_KEY_ID}. Only services that hold secrets (the
 * adapters) need them.
 */
@ConfigMapping(prefix = "switchboard.crypto")
public interface CryptoConfig {

    /** The key new secrets are sealed with. */
    @WithName("active-key-id")
    Optional<String> activeKeyId();

    /** Key id to base64-encoded 256-bit key; keep retired keys until no row uses them. */
    Map<String, String> keys();
}
