package io.switchboard.whatsapp.service;

import io.switchboard.whatsapp.config.WhatsAppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * How many commands of one channel are being sent at the same time (waiting for their turn, for Meta, for the
 * database). Enough for the channel's pace; few enough that a burst of thousands does not ask the database for
 * thousands of connections at once.
 */
@ApplicationScoped
public class SendSlots {

    private final Map<String, Semaphore> slots = new ConcurrentHashMap<>();
    private final int perChannel;

    @Inject
    public SendSlots(WhatsAppConfig config) {
        this.perChannel = config.pacing().maxSendingPerChannel();
    }

    /** Runs {@code work} in one of the channel's slots, waiting for one first. */
    public <T> T call(String channelId, Supplier<T> work) {
        Semaphore channel = slots.computeIfAbsent(channelId, id -> new Semaphore(perChannel, true));
        channel.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            channel.release();
        }
    }
}
