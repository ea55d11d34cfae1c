package io.switchboard.bench;

import java.time.Duration;

/**
 * What one pacing scenario measured.
 *
 * @param allowedRate the limit the platform enforces, in messages per second
 * @param achievedRate sends the platform accepted per second, from the first accepted send to the last
 * @param refusals sends the platform refused for a rate limit (its violation counters)
 * @param undelivered commands that never reached the platform within the deadline
 */
record PacingResult(
        String scenario,
        int commands,
        double allowedRate,
        double achievedRate,
        long refusals,
        int undelivered,
        Duration elapsed) {

    double ratio() {
        return achievedRate / allowedRate;
    }

    boolean passes() {
        return refusals == 0 && undelivered == 0 && ratio() >= 0.95;
    }
}
