package io.switchboard.telegram.service;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.switchboard.contract.Topics;
import io.switchboard.contract.channel.ChannelChange;
import io.switchboard.telegram.config.TelegramConfig;
import io.switchboard.telegram.entity.ChannelEntity;
import io.switchboard.telegram.mapping.ChannelEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Tells the channel directory ({@code switchboard.channels.v1}, compacted, keyed by channel id) what changed. */
@ApplicationScoped
public class ChannelAnnouncer {

    @Inject
    @Channel("channel-events")
    MutinyEmitter<byte[]> emitter;

    @Inject
    TelegramConfig config;

    /** Returns once the broker acknowledged the event. */
    public void announce(ChannelChange change, ChannelEntity channel) {
        AcknowledgedSend.send(
                emitter,
                Topics.CHANNELS,
                channel.id,
                ChannelEvents.of(change, channel),
                config.intake().kafkaAckTimeout());
    }
}
