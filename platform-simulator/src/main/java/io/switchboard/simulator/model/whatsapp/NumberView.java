package io.switchboard.simulator.model.whatsapp;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Map;

/**
 * A number as the control API shows it: its registration (secrets included: this is a test tool), webhook, rate
 * limits and how often each limit refused a send.
 */
public record NumberView(
        @JsonUnwrapped WhatsAppNumber number,
        String webhookUrl,
        int webhookDeliveries,
        WhatsAppLimits limits,
        Map<String, Long> violations) {}
