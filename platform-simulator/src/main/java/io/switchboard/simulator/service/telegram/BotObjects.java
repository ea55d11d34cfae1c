package io.switchboard.simulator.service.telegram;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.simulator.model.telegram.TelegramBot;

/** Bot API objects ({@code User}, {@code Chat}) with the fields Telegram fills in, per the spec's type tables. */
final class BotObjects {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

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
