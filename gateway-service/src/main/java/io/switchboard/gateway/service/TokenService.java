package io.switchboard.gateway.service;

import io.smallrye.jwt.build.Jwt;
import io.switchboard.common.problem.Problems;
import io.switchboard.common.security.TenantContext;
import io.switchboard.gateway.config.GatewayConfig;
import io.switchboard.gateway.entity.ApiToken;
import io.switchboard.gateway.repository.ApiTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Issues tenant tokens: RS256 JWTs with the {@code tenant} claim and roles in {@code groups}, signed with the suite's
 * private key ({@code smallrye.jwt.sign.key}); every service verifies them with the public key.
 */
@ApplicationScoped
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class);

    @Inject
    GatewayConfig config;

    @Inject
    TenantService tenants;

    @Inject
    ApiTokenRepository tokens;

    @Transactional
    public IssuedToken issue(String tenantId, String subject, List<String> roles, Duration lifespan) {
        tenants.require(tenantId);
        Duration validity = lifespan != null ? lifespan : config.tokens().defaultLifespan();
        if (validity.isNegative()
                || validity.isZero()
                || validity.compareTo(config.tokens().maxLifespan()) > 0) {
            throw Problems.badRequest(
                    "ttl must be positive and at most " + config.tokens().maxLifespan() + ".");
        }
        Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(validity);
        UUID tokenId = UUID.randomUUID();
        String token = Jwt.issuer(config.tokens().issuer())
                .subject(subject)
                .claim(TenantContext.TENANT_CLAIM, tenantId)
                .groups(new HashSet<>(roles))
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .claim("jti", tokenId.toString())
                .sign();

        ApiToken record = new ApiToken();
        record.id = tokenId;
        record.tenantId = tenantId;
        record.subject = subject;
        record.roles = List.copyOf(roles);
        record.issuedAt = issuedAt;
        record.expiresAt = expiresAt;
        tokens.persist(record);
        LOG.infof("token issued tenant=%s tokenId=%s roles=%s expires=%s", tenantId, tokenId, roles, expiresAt);
        return new IssuedToken(tokenId, tenantId, subject, List.copyOf(roles), token, expiresAt);
    }
}
