package io.switchboard.telegram.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.telegram.entity.ChatMigrationEntity;
import io.switchboard.telegram.repository.ChatMigrationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Where a group went when it became a supergroup. The moves are few and never undone, so they are all kept in memory
 * (loaded once) and every send is addressed through them; a move another replica learnt of shows up here at the
 * latest when Telegram refuses a send to the old id and names the new one.
 */
@ApplicationScoped
public class ChatMigrations {

    private static final Logger LOG = Logger.getLogger(ChatMigrations.class);
    /** A supergroup does not migrate again; the bound only guards against a cycle in bad data. */
    private static final int MAX_HOPS = 4;

    @Inject
    ChatMigrationRepository repository;

    private final Map<ChatMigrationEntity.Key, Long> moves = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    /** The chat id to send to now: {@code chatId}, or where it migrated. Ids that are not numbers never move. */
    public String current(long botId, String chatId) {
        long id;
        try {
            id = Long.parseLong(chatId);
        } catch (NumberFormatException e) {
            return chatId;
        }
        ensureLoaded();
        long current = id;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Long next = moves.get(new ChatMigrationEntity.Key(botId, current));
            if (next == null) {
                break;
            }
            current = next;
        }
        return Long.toString(current);
    }

    /** Records a move in its own transaction (learnt from a refused send). */
    public void record(long botId, long oldChatId, long newChatId) {
        QuarkusTransaction.requiringNew().run(() -> repository.record(botId, oldChatId, newChatId));
        remember(botId, oldChatId, newChatId);
    }

    /** Records a move in the caller's transaction (learnt from an update, published in that transaction). */
    public void recordInCurrentTransaction(long botId, long oldChatId, long newChatId) {
        repository.record(botId, oldChatId, newChatId);
        remember(botId, oldChatId, newChatId);
    }

    private void remember(long botId, long oldChatId, long newChatId) {
        if (moves.putIfAbsent(new ChatMigrationEntity.Key(botId, oldChatId), newChatId) == null) {
            LOG.infof("chat migrated bot=%d: sends to the old group now go to the supergroup", botId);
        }
    }

    private void ensureLoaded() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (!loaded) {
                QuarkusTransaction.requiringNew()
                        .run(() -> repository.listAll().forEach(row -> moves.putIfAbsent(row.key, row.newChatId)));
                loaded = true;
            }
        }
    }
}
