package io.switchboard.whatsapp.mapping;

import io.switchboard.whatsapp.config.WhatsAppConfig;
import io.switchboard.whatsapp.entity.WhatsAppChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The messages per second a number sends at, as the sender paces it and the channels API shows it. */
@ApplicationScoped
public class ChannelPace {

    private static final String HIGH = "HIGH";

    private final WhatsAppConfig.Pacing config;

    @Inject
    public ChannelPace(WhatsAppConfig config) {
        this.config = config.pacing();
    }

    /** The tenant's override, else what Meta allows the number: its throughput level, less for coexistence. */
    public int messagesPerSecond(WhatsAppChannel channel) {
        return messagesPerSecond(channel.messagesPerSecond, channel.coexistence, channel.throughputLevel);
    }

    public int messagesPerSecond(Integer tenantsOwn, boolean coexistence, String throughputLevel) {
        if (tenantsOwn != null) {
            return tenantsOwn;
        }
        if (coexistence) {
            return config.coexistenceMessagesPerSecond();
        }
        return HIGH.equals(throughputLevel) ? config.highMessagesPerSecond() : config.standardMessagesPerSecond();
    }
}
