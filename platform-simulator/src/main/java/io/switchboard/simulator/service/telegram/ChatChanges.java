package io.switchboard.simulator.service.telegram;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.simulator.model.telegram.ChatMigration;
import io.switchboard.simulator.model.telegram.KnownChat;
import io.switchboard.simulator.model.telegram.MembershipChange;
import io.switchboard.simulator.model.telegram.MigrationOutcome;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import io.switchboard.simulator.model.telegram.UpdateOutcome;
import io.switchboard.simulator.service.ControlException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Things that happen to chats (control API), with the updates Telegram sends about them: a group upgraded to a
 * supergroup (after which the old id is refused with {@code migrate_to_chat_id}), and membership changes of the bot
 * ({@code my_chat_member}) or of other users ({@code chat_member}, only to a bot that administers the chat).
 */
@ApplicationScoped
public class ChatChanges {

    static final long DEFAULT_ACTOR_ID = 5_550_000L;
    static final String DEFAULT_ACTOR_NAME = "Admin";
    private static final Set<String> JOINED = Set.of("creator", "administrator", "member", "restricted");
    private static final Set<String> ADMINISTERING = Set.of("creator", "administrator");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final IncomingUpdates incoming;
    private final Clock clock;

    ChatChanges(IncomingUpdates incoming, Clock clock) {
        this.incoming = incoming;
        this.clock = clock;
    }

    public CompletableFuture<MigrationOutcome> migrate(SimulatedBot bot, long chatId, ChatMigration migration) {
        KnownChat group = bot.chat(chatId).orElseGet(() -> bot.rememberChat(BotObjects.unseenChat(chatId)));
        if (!group.type().equals("group")) {
            throw ControlException.conflict("chat " + chatId + " is a " + group.type() + ": only a group is upgraded");
        }
        if (group.migratedTo().isPresent()) {
            throw ControlException.conflict("chat " + chatId + " was upgraded already");
        }
        long newChatId = migration.newChatId();
        ObjectNode supergroupJson = group.json();
        supergroupJson.put("id", newChatId);
        supergroupJson.put("type", "supergroup");
        KnownChat supergroup = bot.rememberChat(supergroupJson);
        group.botStatus().ifPresent(supergroup::setBotStatus);
        group.markMigratedTo(newChatId);

        ObjectNode actor = actor(migration.fromId(), migration.firstName());
        ObjectNode inGroup = serviceMessage(group, actor);
        inGroup.put("migrate_to_chat_id", newChatId);
        ObjectNode inSupergroup = serviceMessage(supergroup, actor);
        inSupergroup.put("migrate_from_chat_id", chatId);
        CompletableFuture<UpdateOutcome> first = incoming.deliver(bot, "message", wrap("message", inGroup));
        CompletableFuture<UpdateOutcome> second = incoming.deliver(bot, "message", wrap("message", inSupergroup));
        return first.thenCombine(
                second, (toOld, toNew) -> new MigrationOutcome(chatId, newChatId, List.of(toOld, toNew)));
    }

    public CompletableFuture<UpdateOutcome> changeMembership(SimulatedBot bot, long chatId, MembershipChange change) {
        KnownChat chat = bot.chat(chatId).orElseGet(() -> bot.rememberChat(newChat(chatId, change)));
        boolean aboutBot = change.userId() == null || change.userId() == bot.id();
        String oldStatus = change.oldStatus() != null
                ? change.oldStatus()
                : (aboutBot ? chat.botStatus() : chat.memberStatus(change.userId()))
                        .orElse(JOINED.contains(change.status()) ? "left" : "member");
        ObjectNode member = aboutBot
                ? BotObjects.botUser(bot.registration())
                : BotObjects.user(
                        change.userId(),
                        change.firstName() == null ? "User " + change.userId() : change.firstName(),
                        change.lastName(),
                        change.username(),
                        null);
        if (aboutBot) {
            chat.setBotStatus(change.status());
        } else {
            chat.setMemberStatus(change.userId(), change.status());
        }
        ObjectNode updated = JSON.objectNode();
        updated.set("chat", chat.json());
        updated.set("from", actor(change.fromId(), change.fromFirstName()));
        updated.put("date", clock.instant().getEpochSecond());
        updated.set("old_chat_member", BotObjects.chatMember(oldStatus, member.deepCopy(), chat.type()));
        updated.set("new_chat_member", BotObjects.chatMember(change.status(), member, chat.type()));
        String type = aboutBot ? "my_chat_member" : "chat_member";
        boolean administers = chat.botStatus().filter(ADMINISTERING::contains).isPresent();
        if (!aboutBot && !administers) {
            return CompletableFuture.completedFuture(new UpdateOutcome(null, "dropped", null));
        }
        return incoming.deliver(bot, type, wrap(type, updated));
    }

    private static ObjectNode newChat(long chatId, MembershipChange change) {
        if (change.chatType() == null) {
            throw ControlException.badRequest("the bot has not seen chat " + chatId + ": give its chatType");
        }
        return BotObjects.chat(chatId, change.chatType(), change.chatTitle(), "User " + chatId, null, null);
    }

    private ObjectNode serviceMessage(KnownChat chat, ObjectNode actor) {
        ObjectNode message = JSON.objectNode();
        message.put("message_id", chat.nextMessageId());
        message.set("from", actor.deepCopy());
        message.set("chat", chat.json());
        message.put("date", clock.instant().getEpochSecond());
        return message;
    }

    private static ObjectNode actor(Long fromId, String firstName) {
        return BotObjects.user(
                fromId == null ? DEFAULT_ACTOR_ID : fromId,
                firstName == null ? DEFAULT_ACTOR_NAME : firstName,
                null,
                null,
                null);
    }

    private static ObjectNode wrap(String type, ObjectNode content) {
        ObjectNode update = JSON.objectNode();
        update.set(type, content);
        return update;
    }
}
