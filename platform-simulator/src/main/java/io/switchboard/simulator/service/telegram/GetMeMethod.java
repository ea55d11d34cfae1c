package io.switchboard.simulator.service.telegram;

import io.switchboard.simulator.model.telegram.BotApiReply;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** {@code getMe}: the bot's {@code User}, with the capabilities only {@code getMe} reports. */
@ApplicationScoped
public class GetMeMethod implements BotMethod {

    @Override
    public String name() {
        return "getMe";
    }

    @Override
    public CompletionStage<BotApiReply> call(SimulatedBot bot, BotParameters parameters) {
        return CompletableFuture.completedFuture(BotApiReply.ok(BotObjects.me(bot.registration())));
    }
}
