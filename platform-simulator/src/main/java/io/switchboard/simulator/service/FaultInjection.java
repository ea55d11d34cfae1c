package io.switchboard.simulator.service;

import io.switchboard.simulator.model.Fault;
import io.switchboard.simulator.model.Platform;
import io.switchboard.simulator.model.PlatformAnswer;
import io.switchboard.simulator.repository.FaultRepository;
import io.switchboard.simulator.service.telegram.BotApiException;
import io.switchboard.simulator.service.whatsapp.GraphApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Runs a platform operation unless an injected fault hits the call: then the answer is the platform's error
 * envelope, and/or comes only after the fault's delay.
 */
@ApplicationScoped
public class FaultInjection {

    private final FaultRepository faults;
    private final Timers timers;

    FaultInjection(FaultRepository faults, Timers timers) {
        this.faults = faults;
        this.timers = timers;
    }

    public CompletionStage<PlatformAnswer> run(
            Platform platform, String method, String path, Supplier<CompletionStage<PlatformAnswer>> operation) {
        Optional<Fault> fault = faults.take(platform, method, path);
        if (fault.isEmpty()) {
            return operation.get();
        }
        Long delay = fault.get().delayMs();
        CompletableFuture<Void> waited = delay == null || delay == 0
                ? CompletableFuture.completedFuture(null)
                : timers.delay(Duration.ofMillis(delay));
        return waited.thenCompose(elapsed -> fault.get().status() == null
                ? operation.get()
                : CompletableFuture.completedFuture(answer(fault.get())));
    }

    private static PlatformAnswer answer(Fault fault) {
        return switch (fault.platform()) {
            case WHATSAPP ->
                GraphApiException.injected(fault.status(), fault.code(), fault.subcode(), fault.message())
                        .answer();
            case TELEGRAM ->
                BotApiException.injected(fault.status(), fault.message(), fault.retryAfter())
                        .answer();
        };
    }
}
