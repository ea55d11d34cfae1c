package io.switchboard.simulator.service.telegram;

import io.switchboard.simulator.config.SimulatorConfig;
import io.switchboard.simulator.model.telegram.BotApiReply;
import io.switchboard.simulator.model.telegram.PendingUpdate;
import io.switchboard.simulator.model.telegram.PollTerminatedException;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import io.switchboard.simulator.model.telegram.UpdateQueue;
import io.switchboard.simulator.service.Timers;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * {@code getUpdates}: confirms the updates below {@code offset}, then answers the pending ones at once, or, with a
 * {@code timeout}, as soon as one arrives or when the timeout passes. Refused while a webhook is set.
 */
@ApplicationScoped
public class GetUpdatesMethod implements BotMethod {

    private static final int MAX_LIMIT = 100;

    private final Timers timers;
    private final Clock clock;
    private final SimulatorConfig config;

    GetUpdatesMethod(Timers timers, Clock clock, SimulatorConfig config) {
        this.timers = timers;
        this.clock = clock;
        this.config = config;
    }

    @Override
    public String name() {
        return "getUpdates";
    }

    @Override
    public CompletionStage<BotApiReply> call(SimulatedBot bot, BotParameters parameters) {
        if (bot.webhook().isPresent()) {
            throw BotApiException.conflict(
                    "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook"
                            + " first");
        }
        long offset = parameters.integer("offset").orElse(0L);
        int limit = (int) Math.clamp(parameters.integer("limit").orElse((long) MAX_LIMIT), 1, MAX_LIMIT);
        long timeoutSeconds = Math.max(0, parameters.integer("timeout").orElse(0L));
        parameters.strings("allowed_updates").ifPresent(bot::setAllowedUpdates);

        UpdateQueue updates = bot.updates();
        updates.forgetCreatedBefore(clock.instant().minus(config.telegram().updateRetention()));
        updates.confirm(offset);
        CompletableFuture<List<PendingUpdate>> answer = updates.poll(limit);
        if (!answer.isDone()) {
            if (timeoutSeconds == 0) {
                updates.expire(answer);
            } else {
                timers.schedule(Duration.ofSeconds(timeoutSeconds), () -> updates.expire(answer));
            }
        }
        return answer.handle(GetUpdatesMethod::reply);
    }

    private static BotApiReply reply(List<PendingUpdate> updates, Throwable failure) {
        if (failure == null) {
            return BotApiReply.ok(updates.stream().map(PendingUpdate::json).toList());
        }
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        if (cause instanceof PollTerminatedException terminated) {
            throw BotApiException.conflict(terminated.getMessage());
        }
        throw new CompletionException(cause);
    }
}
