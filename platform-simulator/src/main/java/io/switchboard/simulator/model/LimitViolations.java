package io.switchboard.simulator.model;

import java.util.Map;

/**
 * How often each rate limit refused a send, per WhatsApp number (by phone number id: throughput, pair) and per
 * Telegram bot (by bot id: chat, group, bot).
 */
public record LimitViolations(Map<String, Map<String, Long>> whatsapp, Map<String, Map<String, Long>> telegram) {}
