package io.switchboard.simulator.service.telegram;

import io.switchboard.simulator.model.telegram.BotApiReply;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import java.util.concurrent.CompletionStage;

/**
 * One Bot API method ({@code getMe}, {@code sendMessage}, ...). Each is a bean; {@link BotApi} finds them all, so a
 * new method slots in as a new class.
 */
public interface BotMethod {

    /** The method's name as the Bot API documents it; calls match it case-insensitively, as Telegram does. */
    String name();

    /** Answers the call, or fails with a {@link BotApiException}. */
    CompletionStage<BotApiReply> call(SimulatedBot bot, BotParameters parameters);
}
