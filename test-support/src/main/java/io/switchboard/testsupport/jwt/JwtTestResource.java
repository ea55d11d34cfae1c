package io.switchboard.testsupport.jwt;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Gives a Quarkus test the JVM's token keys: to verify tokens, and (the gateway) to sign them. */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TokenKeys keys = TokenKeys.shared();
        return Map.of(
                "mp.jwt.verify.publickey",
                keys.publicKeyPem(),
                "mp.jwt.verify.issuer",
                TokenKeys.ISSUER,
                "smallrye.jwt.sign.key",
                keys.privateKeyPem(),
                "smallrye.jwt.new-token.issuer",
                TokenKeys.ISSUER);
    }

    @Override
    public void stop() {}
}
