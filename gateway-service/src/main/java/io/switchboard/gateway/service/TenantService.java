package io.switchboard.gateway.service;

import io.switchboard.common.problem.Problems;
import io.switchboard.gateway.entity.Tenant;
import io.switchboard.gateway.repository.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/** Creates tenants. Their ids appear in tokens, topics' keys and logs: short, stable, URL-safe. */
@ApplicationScoped
public class TenantService {

    private static final Logger LOG = Logger.getLogger(TenantService.class);

    @Inject
    TenantRepository tenants;

    @Transactional
    public Tenant create(String requestedId, String name) {
        String id = requestedId != null ? requestedId : slugOf(name);
        if (tenants.findByIdOptional(id).isPresent()) {
            throw Problems.conflict("Tenant exists", "A tenant with id " + id + " already exists.");
        }
        Tenant tenant = new Tenant();
        tenant.id = id;
        tenant.name = name.strip();
        tenant.createdAt = Instant.now();
        tenants.persist(tenant);
        LOG.infof("tenant created tenant=%s", id);
        return tenant;
    }

    public Optional<Tenant> find(String id) {
        return tenants.findByIdOptional(id);
    }

    public Tenant require(String id) {
        return find(id).orElseThrow(() -> Problems.notFound("tenant", id));
    }

    /** {@code "Studio Rossi & C."} becomes {@code studio-rossi-c-4821}: readable, and unlikely to collide. */
    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            slug = "tenant";
        }
        return slug + "-" + ThreadLocalRandom.current().nextInt(1000, 10000);
    }
}
