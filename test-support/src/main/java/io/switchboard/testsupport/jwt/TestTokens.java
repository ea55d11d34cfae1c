package io.switchboard.testsupport.jwt;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Set;

/** Tenant tokens as the gateway issues them, signed with this JVM's {@link TokenKeys}. */
public final class TestTokens {

    private TestTokens() {}

    public static String admin(String tenantId) {
        return issue(tenantId, "admin");
    }

    public static String agent(String tenantId) {
        return issue(tenantId, "agent");
    }

    public static String issue(String tenantId, String... roles) {
        return Jwt.issuer(TokenKeys.ISSUER)
                .subject("test-user@" + tenantId)
                .claim("tenant", tenantId)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1))
                .sign(TokenKeys.shared().privateKey());
    }

    /** A correctly signed token that names no tenant. */
    public static String withoutTenant(String... roles) {
        return Jwt.issuer(TokenKeys.ISSUER)
                .subject("nobody")
                .groups(Set.of(roles))
                .expiresIn(Duration.ofHours(1))
                .sign(TokenKeys.shared().privateKey());
    }

    /** A token signed by a stranger's key: must be refused everywhere. */
    public static String forged(String tenantId) {
        return Jwt.issuer(TokenKeys.ISSUER)
                .claim("tenant", tenantId)
                .groups(Set.of("admin"))
                .expiresIn(Duration.ofHours(1))
                .sign(TokenKeys.generate().privateKey());
    }
}
