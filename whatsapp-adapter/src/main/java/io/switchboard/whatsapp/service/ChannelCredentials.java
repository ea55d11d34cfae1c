package io.switchboard.whatsapp.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.common.problem.Problems;
import io.switchboard.whatsapp.repository.ChannelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * A tenant's channel with its access token opened, for calls made on the tenant's behalf (media, business profile).
 * Read in a short transaction of its own, so no database connection is held while Meta answers.
 */
@ApplicationScoped
public class ChannelCredentials {

    /** What a Graph call for the channel needs; the token never leaves the adapter. */
    public record Credentials(UUID channelId, String phoneNumberId, String accessToken) {
        @Override
        public String toString() {
            return "Credentials[channelId=" + channelId + ", phoneNumberId=" + phoneNumberId + "]";
        }
    }

    private final ChannelRepository channels;
    private final ChannelSecrets secrets;

    @Inject
    public ChannelCredentials(ChannelRepository channels, ChannelSecrets secrets) {
        this.channels = channels;
        this.secrets = secrets;
    }

    /** @throws io.switchboard.common.problem.ProblemException 404 for another tenant's, a removed or no channel */
    public Credentials of(String tenantId, UUID channelId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> channels.findActive(tenantId, channelId)
                        .map(channel ->
                                new Credentials(channel.id, channel.phoneNumberId, secrets.accessToken(channel)))
                        .orElseThrow(() -> Problems.notFound("WhatsApp channel", channelId.toString())));
    }
}
