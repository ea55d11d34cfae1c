package io.switchboard.telegram.mapping;

import io.switchboard.contract.Platform;
import io.switchboard.telegram.entity.ChannelEntity;
import io.switchboard.telegram.entity.ChannelMode;
import io.switchboard.telegram.rest.ChannelView;
import java.util.ArrayList;
import java.util.List;

/** Channel rows as the API shows them, with the notices a tenant needs to act on. */
public final class ChannelViews {

    static final String PRIVACY_MODE_NOTICE = "Privacy mode is on: in groups the bot only receives commands, replies"
            + " to its own messages and messages that mention it. To receive every group message, turn privacy off"
            + " in @BotFather (/setprivacy -> Disable), then remove and re-add the bot to each group.";
    static final String NO_GROUPS_NOTICE = "The bot cannot be added to groups. Allow it in @BotFather (/setjoingroups)"
            + " if customers should reach it in groups.";
    static final String PLAIN_HTTP_NOTICE = "Telegram delivers webhooks only to HTTPS URLs on ports 443, 80, 88 or"
            + " 8443; this URL works with the simulator, not with Telegram.";

    private ChannelViews() {}

    public static ChannelView of(ChannelEntity channel) {
        String webhookUrl = channel.mode == ChannelMode.WEBHOOK ? webhookUrl(channel.publicBaseUrl, channel.id) : null;
        return new ChannelView(
                channel.id,
                Platform.TELEGRAM,
                channel.botId,
                channel.username,
                channel.displayName,
                channel.mode,
                webhookUrl,
                channel.canJoinGroups,
                channel.canReadAllGroupMessages,
                notices(channel, webhookUrl),
                channel.health,
                channel.healthDetail,
                channel.createdAt,
                channel.updatedAt);
    }

    public static String webhookUrl(String publicBaseUrl, String channelId) {
        String base =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return base + "/webhooks/telegram/" + channelId;
    }

    private static List<String> notices(ChannelEntity channel, String webhookUrl) {
        List<String> notices = new ArrayList<>();
        if (!channel.canReadAllGroupMessages) {
            notices.add(PRIVACY_MODE_NOTICE);
        }
        if (!channel.canJoinGroups) {
            notices.add(NO_GROUPS_NOTICE);
        }
        if (webhookUrl != null && !webhookUrl.startsWith("https://")) {
            notices.add(PLAIN_HTTP_NOTICE);
        }
        return notices;
    }
}
