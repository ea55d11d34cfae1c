package io.switchboard.whatsapp.mapping;

import io.switchboard.contract.delivery.PlatformError;
import java.time.Instant;

/**
 * Something Meta reported about a number as a whole rather than about one message: becomes the channel's last error.
 *
 * @param at when Meta reported it (the webhook's time when it names none)
 */
public record ChannelNotice(String channelId, PlatformError error, Instant at) {}
