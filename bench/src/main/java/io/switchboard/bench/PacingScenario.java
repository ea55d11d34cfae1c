package io.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import io.switchboard.testsupport.simulator.SimulatorClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * One burst: {@code count} commands to the recipients {@code recipient} names, measured by the sends the simulator
 * accepted ({@code isSend} picks them from its request log) and the refusals of {@code platformId}'s limits.
 *
 * @param platformId the simulated number or bot whose violation counters count refusals
 */
record PacingScenario(
        String name,
        Platform platform,
        String platformId,
        Predicate<JsonNode> isSend,
        int count,
        double allowedRate,
        IntFunction<ConversationRef> recipient) {

    private static final Duration POLL = Duration.ofSeconds(2);

    PacingResult run(Commands commands, SimulatorClient simulator) {
        System.out.println("Running: " + name);
        String platformName = platform.name().toLowerCase(Locale.ROOT);
        Instant start = Instant.now();
        for (int i = 0; i < count; i++) {
            commands.text(platform, recipient.apply(i), i);
        }
        Instant deadline = start.plus(Duration.ofSeconds((long) (count / allowedRate * 2) + 60));
        AcceptedSends sends = AcceptedSends.of(simulator, platformName, isSend);
        while (sends.count() < count && Instant.now().isBefore(deadline)) {
            sleep();
            sends = AcceptedSends.of(simulator, platformName, isSend);
        }
        Duration elapsed = Duration.between(start, Instant.now());
        long refusals = 0;
        Iterator<JsonNode> counters =
                simulator.limitViolations().path(platformName).path(platformId).elements();
        while (counters.hasNext()) {
            refusals += counters.next().asLong();
        }
        return new PacingResult(name, count, allowedRate, sends.rate(), refusals, count - sends.count(), elapsed);
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
