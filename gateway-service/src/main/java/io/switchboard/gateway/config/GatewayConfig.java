package io.switchboard.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/** The gateway's settings ({@code switchboard.gateway.*}). */
@ConfigMapping(prefix = "switchboard.gateway")
public interface GatewayConfig {

    /**
     * The operator's secret for creating tenants and issuing their tokens ({@code Authorization: Bearer <token>}).
     * From a Kubernetes Secret in production; at least 24 characters.
     */
    @Size(min = 24)
    String operatorToken();

    Tokens tokens();

    Outbox outbox();

    interface Tokens {

        /** The {@code iss} claim of issued tokens; every service verifies it. */
        @WithDefault("https://switchboard.local")
        String issuer();

        /** How long an issued token is valid unless the request asks for less. */
        @WithDefault("P30D")
        Duration defaultLifespan();

        /** The longest lifespan a token may be issued with. */
        @WithDefault("P365D")
        Duration maxLifespan();
    }

    interface Outbox {

        /** How many commands one relay pass publishes before it commits. */
        @WithDefault("200")
        int batchSize();

        /** How often the relay looks for commands a failure left behind (it also runs after every commit). */
        @WithDefault("2s")
        String sweepInterval();
    }
}
