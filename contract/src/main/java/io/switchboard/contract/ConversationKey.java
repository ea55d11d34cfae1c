package io.switchboard.contract;

import static io.switchboard.contract.Require.text;

/**
 * The Kafka key of everything said in one conversation, {@code tenant:channel:chat}. One key maps to one partition,
 * so the gateway sees a conversation's events in order.
 */
public final class ConversationKey {

    private ConversationKey() {}

    public static String of(String tenantId, String channelId, String externalChatId) {
        return text(tenantId, "tenantId") + ":" + text(channelId, "channelId") + ":"
                + text(externalChatId, "externalChatId");
    }
}
