package io.switchboard.whatsapp.health;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.whatsapp.entity.WhatsAppChannel;
import io.switchboard.whatsapp.repository.ChannelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Lists channels WhatsApp refuses (an expired token) in the readiness detail, where operators look first. Stays UP:
 * one tenant's broken channel must not take the adapter out of service for everyone else.
 */
@Readiness
@ApplicationScoped
public class ChannelHealthCheck implements HealthCheck {

    private static final int LISTED = 20;

    @Inject
    ChannelRepository channels;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("whatsapp-channels").up();
        List<WhatsAppChannel> unhealthy;
        try {
            unhealthy = QuarkusTransaction.requiringNew().call(channels::listUnhealthy);
        } catch (RuntimeException e) {
            // The datasource check reports the database; this one only has nothing to add.
            return response.withData("unhealthyChannels", "unknown").build();
        }
        response.withData("unhealthyChannels", unhealthy.size());
        unhealthy.stream()
                .limit(LISTED)
                .forEach(channel -> response.withData("channel " + channel.id, channel.healthDetail));
        return response.build();
    }
}
