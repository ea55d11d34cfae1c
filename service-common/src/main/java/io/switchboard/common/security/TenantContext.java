package io.switchboard.common.security;

import io.switchboard.common.problem.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The tenant the current request acts for, from the verified JWT's {@code tenant} claim. Every query of tenant data
 * goes through it, so one tenant never reads or changes another's.
 */
@RequestScoped
public class TenantContext {

    public static final String TENANT_CLAIM = "tenant";

    @Inject
    JsonWebToken token;

    /** The caller's tenant id; a token without one is refused. */
    public String tenantId() {
        String tenant = token.getClaim(TENANT_CLAIM);
        if (tenant == null || tenant.isBlank()) {
            throw Problems.forbidden("The token carries no tenant claim.");
        }
        return tenant;
    }

    /** Who is acting, for audit logs: the token's subject. */
    public String actor() {
        return token.getSubject();
    }
}
