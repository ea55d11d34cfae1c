package io.switchboard.telegram.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.Purpose;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Renders commands to chat {@code 7012345678} of channel {@code tg-1}, with a key issuer that counts its keys. */
final class Renderings {

    static final String CHAT = "7012345678";

    final List<String> storedChoiceIds = new ArrayList<>();
    final OutboundRenderer renderer = new OutboundRenderer((channelId, choiceId) -> {
        storedChoiceIds.add(choiceId);
        return "KEY" + storedChoiceIds.size();
    });

    static OutboundCommand command(OutboundContent content, String replyTo) {
        return to(CHAT, ChatType.DIRECT, content, replyTo);
    }

    static OutboundCommand to(String chatId, ChatType type, OutboundContent content, String replyTo) {
        return OutboundCommand.create(
                UUID.randomUUID(),
                "t-1",
                Platform.TELEGRAM,
                new ConversationRef("tg-1", chatId, type),
                type == ChatType.CHANNEL ? Purpose.CHANNEL_POST : Purpose.REPLY,
                content,
                replyTo);
    }

    Rendering render(OutboundCommand command) {
        return renderer.render(
                command, OutboundRenderer.chatId(command.recipient().externalChatId()));
    }

    List<BotApiCall> calls(OutboundCommand command) {
        Rendering rendering = render(command);
        assertThat(rendering).isInstanceOf(Rendering.Calls.class);
        return ((Rendering.Calls) rendering).calls();
    }

    BotApiCall onlyCall(OutboundCommand command) {
        List<BotApiCall> calls = calls(command);
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }

    JsonNode onlyRequest(OutboundCommand command) {
        return json(onlyCall(command));
    }

    Rendering.Refused refused(OutboundCommand command) {
        Rendering rendering = render(command);
        assertThat(rendering).isInstanceOf(Rendering.Refused.class);
        return (Rendering.Refused) rendering;
    }

    static JsonNode json(BotApiCall call) {
        return Updates.MAPPER.valueToTree(call.request());
    }
}
