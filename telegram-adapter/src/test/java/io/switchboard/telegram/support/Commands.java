package io.switchboard.telegram.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.Purpose;
import io.switchboard.testsupport.simulator.TelegramBot;
import java.util.List;
import java.util.UUID;

/** Outbound commands as the gateway writes them, and what reached the simulated Bot API. */
public final class Commands {

    private Commands() {}

    public static OutboundCommand to(String tenant, String channelId, long chatId, OutboundContent content) {
        return replyTo(tenant, channelId, chatId, null, content);
    }

    public static OutboundCommand replyTo(
            String tenant, String channelId, long chatId, String replyTo, OutboundContent content) {
        return OutboundCommand.create(
                UUID.randomUUID(),
                tenant,
                Platform.TELEGRAM,
                new ConversationRef(channelId, Long.toString(chatId), ChatType.DIRECT),
                Purpose.REPLY,
                content,
                replyTo);
    }

    /** The requests the bot made to a Bot API method, oldest first. */
    public static List<JsonNode> sent(TelegramBot bot, String method) {
        return Channels.simulator().requests("telegram", "/bot" + bot.id() + ":***/" + method);
    }
}
