package io.switchboard.simulator.service.telegram;

import io.switchboard.simulator.model.telegram.BotApiReply;
import io.switchboard.simulator.model.telegram.KnownChat;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code sendMessage}: a text of 1-4096 characters to a chat, with an optional inline keyboard, reply and link preview
 * options. Answers the sent {@code Message}. The simulator echoes the text as given: it does not parse HTML or
 * Markdown into entities.
 */
@ApplicationScoped
public class SendMessageMethod implements BotMethod {

    static final int MAX_TEXT_LENGTH = 4096;

    private final OutgoingMessages outgoing;

    SendMessageMethod(OutgoingMessages outgoing) {
        this.outgoing = outgoing;
    }

    @Override
    public String name() {
        return "sendMessage";
    }

    @Override
    public CompletionStage<BotApiReply> call(SimulatedBot bot, BotParameters parameters) {
        KnownChat chat = outgoing.chat(bot, parameters);
        String text = parameters.text("text").orElse("");
        if (text.isBlank()) {
            throw BotApiException.badRequest("message text is empty");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw BotApiException.badRequest("message is too long");
        }
        return CompletableFuture.completedFuture(BotApiReply.ok(outgoing.send(bot, chat, parameters, message -> {
            message.put("text", text);
            parameters
                    .json("link_preview_options", "can't parse link preview options JSON object")
                    .ifPresent(options -> message.set("link_preview_options", options));
        })));
    }
}
