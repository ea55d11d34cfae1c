package io.switchboard.simulator.service.telegram;

import io.switchboard.simulator.model.telegram.BotApiReply;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

/** Several closely related Bot API methods served by one class (the bot profile, the media sends, ...). */
public interface BotMethodFamily {

    List<BotMethod> methods();

    /** A method that answers at once. */
    static BotMethod method(String name, BiFunction<SimulatedBot, BotParameters, BotApiReply> handler) {
        return new BotMethod() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public CompletionStage<BotApiReply> call(SimulatedBot bot, BotParameters parameters) {
                return CompletableFuture.completedFuture(handler.apply(bot, parameters));
            }
        };
    }
}
