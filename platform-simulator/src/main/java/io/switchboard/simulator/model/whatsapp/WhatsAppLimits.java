package io.switchboard.simulator.model.whatsapp;

import io.switchboard.simulator.config.SimulatorConfig;
import java.time.Duration;

/**
 * The Cloud API rate limits one business number is held to.
 *
 * @param throughputPerSecond messages per second (Meta: 80 by default, 1000 after an automatic upgrade)
 * @param pairBurst messages to one recipient that may go out within one pair interval
 * @param pairIntervalSeconds one message to the same recipient per this many seconds (Meta: 6)
 */
public record WhatsAppLimits(boolean enforced, int throughputPerSecond, int pairBurst, double pairIntervalSeconds) {

    static final int HIGH_THROUGHPUT_PER_SECOND = 1000;

    /** A new number's limits: the configured defaults, with the higher throughput of level {@code HIGH}. */
    public static WhatsAppLimits defaults(SimulatorConfig config, String throughputLevel) {
        SimulatorConfig.ThroughputLimits limits = config.whatsapp().limits();
        return new WhatsAppLimits(
                config.limits().enforced(),
                "HIGH".equals(throughputLevel) ? HIGH_THROUGHPUT_PER_SECOND : limits.throughputPerSecond(),
                limits.pairBurst(),
                limits.pairInterval().toNanos() / 1e9);
    }

    /** These limits with the fields {@code changes} sets replaced. */
    public WhatsAppLimits with(WhatsAppLimitsChanges changes) {
        return new WhatsAppLimits(
                changes.enforced() != null ? changes.enforced() : enforced,
                changes.throughputPerSecond() != null ? changes.throughputPerSecond() : throughputPerSecond,
                changes.pairBurst() != null ? changes.pairBurst() : pairBurst,
                changes.pairIntervalSeconds() != null ? changes.pairIntervalSeconds() : pairIntervalSeconds);
    }

    public Duration pairInterval() {
        return Duration.ofNanos(Math.max(1, Math.round(pairIntervalSeconds * 1e9)));
    }
}
