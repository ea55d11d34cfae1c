package io.switchboard.gateway.listener;

import io.smallrye.common.annotation.Blocking;
import io.switchboard.contract.ContractJson;
import io.switchboard.contract.channel.ChannelEvent;
import io.switchboard.gateway.service.ChannelDirectoryService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes the compacted {@code switchboard.channels.v1} into the channel directory. */
@ApplicationScoped
public class ChannelDirectoryListener {

    @Inject
    RetryUntilDone retry;

    @Inject
    ChannelDirectoryService directory;

    @Incoming("channels")
    @Blocking
    public void consume(byte[] value) {
        if (value == null) {
            return; // a tombstone: channels are removed by a REMOVED event, which compaction keeps
        }
        retry.run(() -> directory.apply(ContractJson.fromBytes(value, ChannelEvent.class)));
    }
}
