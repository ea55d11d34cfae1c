package io.switchboard.simulator.service.telegram;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.simulator.model.telegram.TelegramBot;
import java.util.List;

/**
 * Bot API objects ({@code User}, {@code Chat}, {@code ChatMember}) with the fields Telegram fills in, per the spec's
 * type tables.
 */
final class BotObjects {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> ADMINISTRATOR_RIGHTS = List.of(
            "can_manage_chat",
            "can_delete_messages",
            "can_manage_video_chats",
            "can_restrict_members",
            "can_change_info",
            "can_invite_users",
            "can_post_stories",
            "can_edit_stories",
            "can_delete_stories");
    private static final List<String> MEMBER_RIGHTS = List.of(
            "can_send_messages",
            "can_send_audios",
            "can_send_documents",
            "can_send_photos",
            "can_send_videos",
            "can_send_video_notes",
            "can_send_voice_notes",
            "can_send_polls",
            "can_send_other_messages",
            "can_add_web_page_previews",
            "can_react_to_messages",
            "can_edit_tag",
            "can_change_info",
            "can_invite_users",
            "can_pin_messages",
            "can_manage_topics");

    private BotObjects() {}

    /** The bot as the {@code from} of its own messages. */
    static ObjectNode botUser(TelegramBot bot) {
        ObjectNode user = JSON.objectNode();
        user.put("id", bot.id());
        user.put("is_bot", true);
        user.put("first_name", bot.firstName());
        user.put("username", bot.username());
        return user;
    }

    /** The bot as {@code getMe} describes it, with the fields only {@code getMe} returns. */
    static ObjectNode me(TelegramBot bot) {
        ObjectNode me = botUser(bot);
        me.put("can_join_groups", bot.canJoinGroups());
        me.put("can_read_all_group_messages", bot.canReadAllGroupMessages());
        me.put("supports_inline_queries", bot.supportsInlineQueries());
        me.put("can_connect_to_business", false);
        me.put("has_main_web_app", false);
        return me;
    }

    static ObjectNode user(long id, String firstName, String lastName, String username, String languageCode) {
        ObjectNode user = JSON.objectNode();
        user.put("id", id);
        user.put("is_bot", false);
        user.put("first_name", firstName);
        putIfPresent(user, "last_name", lastName);
        putIfPresent(user, "username", username);
        putIfPresent(user, "language_code", languageCode);
        return user;
    }

    /** A private chat shows the other party's names; groups and channels show a title. */
    static ObjectNode chat(long id, String type, String title, String firstName, String lastName, String username) {
        ObjectNode chat = JSON.objectNode();
        chat.put("id", id);
        if (type.equals("private")) {
            chat.put("first_name", firstName);
            putIfPresent(chat, "last_name", lastName);
            putIfPresent(chat, "username", username);
        } else {
            chat.put("title", title == null ? "Chat " + id : title);
            putIfPresent(chat, "username", type.equals("group") ? null : username);
        }
        chat.put("type", type);
        return chat;
    }

    /** A {@code ChatMember} of the kind its {@code status} names, with the fields the spec requires for that kind. */
    static ObjectNode chatMember(String status, ObjectNode user, String chatType) {
        ObjectNode member = JSON.objectNode();
        member.put("status", status);
        member.set("user", user);
        switch (status) {
            case "creator" -> member.put("is_anonymous", false);
            case "administrator" -> {
                member.put("can_be_edited", false);
                member.put("is_anonymous", false);
                for (String right : ADMINISTRATOR_RIGHTS) {
                    member.put(right, true);
                }
                member.put("can_promote_members", false);
                if (chatType.equals("channel")) {
                    member.put("can_post_messages", true);
                    member.put("can_edit_messages", true);
                } else {
                    member.put("can_pin_messages", true);
                }
            }
            case "restricted" -> {
                member.put("is_member", true);
                for (String right : MEMBER_RIGHTS) {
                    member.put(right, false);
                }
                member.put("until_date", 0);
            }
            case "kicked" -> member.put("until_date", 0);
            default -> {
                // member and left carry only status and user.
            }
        }
        return member;
    }

    /** The chat of an id the bot has not seen yet, typed by Telegram's id ranges. */
    static ObjectNode unseenChat(long id) {
        if (id > 0) {
            return chat(id, "private", null, "User " + id, null, null);
        }
        return chat(id, id < -1_000_000_000_000L ? "supergroup" : "group", null, null, null, null);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}
