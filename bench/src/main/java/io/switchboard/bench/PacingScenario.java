package io.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import io.switchboard.testsupport.simulator.SimulatorClient;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
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

    PacingResult run(Commands commands, SimulatorClient simulator) {
        System.out.println("Running: " + name);
        String platformName = platform.name().toLowerCase(Locale.ROOT);
        Instant start = Instant.now();
        try (HandledCommands handled = new HandledCommands(commands.bootstrapServers())) {
            Set<UUID> published = new HashSet<>();
            for (int i = 0; i < count; i++) {
                published.add(commands.text(platform, recipient.apply(i), i));
            }
            handled.awaitAll(published, start.plus(Duration.ofSeconds((long) (count / allowedRate * 2) + 60)));
        }
        Duration elapsed = Duration.between(start, Instant.now());
        // Read once, after the burst: the simulator's clock says when each send was accepted.
        AcceptedSends sends = AcceptedSends.of(simulator, platformName, isSend);
        System.out.println("  accepted per second: " + sends.perSecond());
        JsonNode violations = simulator.limitViolations().path(platformName).path(platformId);
        long refusals = 0;
        for (JsonNode count : violations) {
            refusals += count.asLong();
        }
        if (refusals > 0) {
            System.out.println("  refused by the simulator's limits: " + violations);
        }
        return new PacingResult(
                name, count, allowedRate, sends.rate(), refusals, count - sends.count(), elapsed, Double.NaN);
    }
}
