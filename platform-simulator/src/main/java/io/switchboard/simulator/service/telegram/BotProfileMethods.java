package io.switchboard.simulator.service.telegram;

import static io.switchboard.simulator.service.telegram.BotMethodFamily.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.switchboard.simulator.model.telegram.BotApiReply;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * The bot's profile, per language (and, for commands, per scope): {@code setMyCommands} / {@code getMyCommands} /
 * {@code deleteMyCommands}, {@code setMyName} / {@code getMyName}, {@code setMyDescription} /
 * {@code getMyDescription}, {@code setMyShortDescription} / {@code getMyShortDescription}, with Telegram's limits.
 */
@ApplicationScoped
public class BotProfileMethods implements BotMethodFamily {

    private static final int MAX_COMMANDS = 100;
    private static final String COMMAND = "[a-z0-9_]{1,32}";

    /** The text settings: parameter and result field name, and maximum length. */
    private record TextSetting(String field, int maxLength) {}

    private static final Map<String, TextSetting> TEXT_SETTINGS = Map.of(
            "Name", new TextSetting("name", 64),
            "Description", new TextSetting("description", 512),
            "ShortDescription", new TextSetting("short_description", 120));

    @Override
    public List<BotMethod> methods() {
        return List.of(
                method("setMyCommands", BotProfileMethods::setCommands),
                method("getMyCommands", BotProfileMethods::getCommands),
                method("deleteMyCommands", BotProfileMethods::deleteCommands),
                setText("Name"),
                getText("Name"),
                setText("Description"),
                getText("Description"),
                setText("ShortDescription"),
                getText("ShortDescription"));
    }

    private static BotApiReply setCommands(SimulatedBot bot, BotParameters parameters) {
        JsonNode commands = parameters
                .json("commands", "can't parse commands JSON array")
                .orElseThrow(() -> BotApiException.badRequest("parameter \"commands\" is required"));
        if (!commands.isArray() || commands.size() > MAX_COMMANDS) {
            throw BotApiException.badRequest("can't parse commands JSON array");
        }
        for (JsonNode command : commands) {
            if (!command.path("command").asText().matches(COMMAND)) {
                throw BotApiException.badRequest("BOT_COMMAND_INVALID");
            }
            int description = command.path("description").asText().length();
            if (description < 1 || description > 256) {
                throw BotApiException.badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }
        }
        bot.setProfileSetting(commandsKey(parameters), commands);
        return BotApiReply.ok(true);
    }

    private static BotApiReply getCommands(SimulatedBot bot, BotParameters parameters) {
        return BotApiReply.ok(
                bot.profileSetting(commandsKey(parameters)).orElseGet(JsonNodeFactory.instance::arrayNode));
    }

    private static BotApiReply deleteCommands(SimulatedBot bot, BotParameters parameters) {
        bot.removeProfileSetting(commandsKey(parameters));
        return BotApiReply.ok(true);
    }

    private static BotMethod setText(String setting) {
        TextSetting text = TEXT_SETTINGS.get(setting);
        return method("setMy" + setting, (bot, parameters) -> {
            String value = parameters.text(text.field()).orElse("");
            if (value.length() > text.maxLength()) {
                throw BotApiException.badRequest("bot " + text.field().replace('_', ' ') + " is too long");
            }
            String key = setting + "|" + parameters.text("language_code").orElse("");
            if (value.isEmpty()) {
                bot.removeProfileSetting(key);
            } else {
                bot.setProfileSetting(key, TextNode.valueOf(value));
            }
            return BotApiReply.ok(true);
        });
    }

    private static BotMethod getText(String setting) {
        TextSetting text = TEXT_SETTINGS.get(setting);
        return method("getMy" + setting, (bot, parameters) -> {
            String language = parameters.text("language_code").orElse("");
            String fallback = setting.equals("Name") ? bot.registration().firstName() : "";
            String value = bot.profileSetting(setting + "|" + language)
                    .or(() -> bot.profileSetting(setting + "|"))
                    .map(JsonNode::asText)
                    .orElse(fallback);
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            result.put(text.field(), value);
            return BotApiReply.ok(result);
        });
    }

    /** Commands are kept per scope (default, all private chats, a chat, ...) and language. */
    private static String commandsKey(BotParameters parameters) {
        String scope = parameters
                .json("scope", "can't parse BotCommandScope JSON object")
                .map(JsonNode::toString)
                .orElse("{\"type\":\"default\"}");
        return "Commands|" + scope + "|" + parameters.text("language_code").orElse("");
    }
}
