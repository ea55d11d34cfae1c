package io.switchboard.bench;

import java.time.Duration;

/**
 * What one pacing scenario measured.
 *
 * @param allowedRate the limit the platform enforces, in messages per second
 * @param achievedRate sends the platform accepted per second, from the first accepted send to the last
 * @param refusals sends the platform refused for a rate limit (its violation counters)
 * @param undelivered commands that never reached the platform within the deadline
 * @param ceilingRate what this machine sends per second along the same path with pacing and limits off, measured side
 *     by side (NaN when not measured): a busy or small machine may not reach the platform's rate at all, and pacing
 *     cannot send faster than that
 */
record PacingResult(
        String scenario,
        int commands,
        double allowedRate,
        double achievedRate,
        long refusals,
        int undelivered,
        Duration elapsed,
        double ceilingRate) {

    double ratio() {
        return achievedRate / allowedRate;
    }

    /** The achieved rate over what was reachable here: the platform's rate, or the machine's ceiling if lower. */
    double ratioToReachable() {
        return Double.isNaN(ceilingRate) ? ratio() : achievedRate / Math.min(allowedRate, ceilingRate);
    }

    PacingResult withCeiling(double rate) {
        return new PacingResult(scenario, commands, allowedRate, achievedRate, refusals, undelivered, elapsed, rate);
    }

    boolean passes() {
        return refusals == 0 && undelivered == 0 && ratioToReachable() >= 0.95;
    }
}
