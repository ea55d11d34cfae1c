package io.switchboard.gateway.rest;

import io.switchboard.common.problem.Problems;
import io.switchboard.gateway.config.GatewayConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jboss.logging.Logger;

/** Lets a request through to an {@link OperatorOnly} operation only with the operator token, compared in constant time. */
@Provider
@OperatorOnly
@Priority(Priorities.AUTHENTICATION)
public class OperatorAuthFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(OperatorAuthFilter.class);
    private static final String BEARER = "Bearer ";

    // Looked up per request: JAX-RS providers are created before runtime configuration is available.
    @Inject
    Instance<GatewayConfig> config;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith(BEARER)) {
            throw Problems.unauthorized("This operation needs the operator token (Authorization: Bearer <token>).");
        }
        byte[] presented = header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        byte[] expected = config.get().operatorToken().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(presented, expected)) {
            LOG.warnf(
                    "operator operation refused: wrong token path=%s",
                    request.getUriInfo().getPath());
            throw Problems.unauthorized("The operator token is not valid.");
        }
    }
}
