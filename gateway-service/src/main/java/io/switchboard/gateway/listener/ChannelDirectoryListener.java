package io.switchboard.gateway.listener;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.switchboard.contract.ContractJson;
import io.switchboard.contract.InvalidEventException;
import io.switchboard.contract.channel.ChannelEvent;
import io.switchboard.gateway.service.ChannelDirectoryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes the compacted {@code switchboard.channels.v1} into the channel directory. */
@ApplicationScoped
public class ChannelDirectoryListener {

    @Inject
    ChannelDirectoryService directory;

    @Incoming("channels")
    @Blocking
    @Retry(
            maxRetries = -1,
            delay = 200,
            maxDuration = 7,
            durationUnit = ChronoUnit.DAYS,
            abortOn = InvalidEventException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void consume(byte[] value) {
        if (value == null) {
            return; // a tombstone: channels are removed by a REMOVED event, which compaction keeps
        }
        directory.apply(ContractJson.fromBytes(value, ChannelEvent.class));
    }
}
