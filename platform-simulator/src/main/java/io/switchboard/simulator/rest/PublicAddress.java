package io.switchboard.simulator.rest;

import io.switchboard.simulator.config.SimulatorConfig;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;

/**
 * Where platform clients reach the simulator, for the links it hands out: the configured public URL, or else the
 * address the current request came to (the one the client evidently uses).
 */
@ApplicationScoped
public class PublicAddress {

    private final Optional<String> configured;

    PublicAddress(SimulatorConfig config) {
        this.configured = config.publicUrl().filter(url -> !url.isBlank());
    }

    /** {@code scheme://host:port}, without a trailing slash. */
    public String of(HttpServerRequest request) {
        return configured.orElseGet(() -> {
            URI uri = URI.create(request.absoluteURI());
            return uri.getScheme() + "://" + uri.getRawAuthority();
        });
    }
}
