package io.switchboard.whatsapp.mapping;

import io.switchboard.contract.Platform;
import io.switchboard.contract.channel.ChannelChange;
import io.switchboard.contract.channel.ChannelEvent;
import io.switchboard.whatsapp.config.WhatsAppConfig;
import io.switchboard.whatsapp.entity.WhatsAppChannel;
import io.switchboard.whatsapp.rest.ChannelView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A channel row as the API shows it and as the channel directory announces it; secrets never cross. */
@ApplicationScoped
public class ChannelMapper {

    private final WhatsAppConfig config;
    private final ChannelPace pace;

    @Inject
    public ChannelMapper(WhatsAppConfig config, ChannelPace pace) {
        this.config = config;
        this.pace = pace;
    }

    public ChannelView toView(WhatsAppChannel channel) {
        Instant graceEnd = channel.previousAppSecretValidUntil;
        return new ChannelView(
                channel.id,
                Platform.WHATSAPP,
                channel.phoneNumberId,
                channel.wabaId,
                channel.displayPhoneNumber,
                channel.verifiedName,
                channel.qualityRating,
                channel.throughputLevel,
                channel.coexistence,
                channel.messagesPerSecond,
                pace.messagesPerSecond(channel),
                channel.catalogId,
                webhookUrl(channel),
                channel.health,
                channel.healthDetail,
                channel.lastError(),
                channel.lastErrorAt,
                graceEnd != null && graceEnd.isAfter(Instant.now()) ? graceEnd : null,
                channel.createdAt,
                channel.updatedAt);
    }

    public ChannelEvent toEvent(ChannelChange change, WhatsAppChannel channel) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("phoneNumberId", channel.phoneNumberId);
        properties.put("wabaId", channel.wabaId);
        putIfPresent(properties, "verifiedName", channel.verifiedName);
        putIfPresent(properties, "qualityRating", channel.qualityRating);
        putIfPresent(properties, "throughputLevel", channel.throughputLevel);
        putIfPresent(properties, "catalogId", channel.catalogId);
        properties.put("coexistence", Boolean.toString(channel.coexistence));
        properties.put("messagesPerSecond", Integer.toString(pace.messagesPerSecond(channel)));
        properties.put("webhookUrl", webhookUrl(channel));
        ChannelEvent event = ChannelEvent.of(
                change,
                channel.id.toString(),
                channel.tenantId,
                Platform.WHATSAPP,
                channel.verifiedName,
                channel.displayPhoneNumber,
                channel.health,
                channel.healthDetail,
                properties);
        return channel.lastErrorCode == null ? event : event.withLastError(channel.lastError(), channel.lastErrorAt);
    }

    public String webhookUrl(WhatsAppChannel channel) {
        String base = config.publicBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/webhooks/whatsapp/" + channel.id;
    }

    private static void putIfPresent(Map<String, String> properties, String name, String value) {
        if (value != null) {
            properties.put(name, value);
        }
    }
}
