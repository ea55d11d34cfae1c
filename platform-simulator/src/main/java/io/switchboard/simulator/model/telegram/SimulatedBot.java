package io.switchboard.simulator.model.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.simulator.model.limits.LimitKind;
import io.switchboard.simulator.model.limits.ViolationCounters;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A registered bot's live state: webhook, pending updates, the chats it has seen, its delivery errors, and its flood
 * limits with how often they refused a send.
 */
public final class SimulatedBot {

    /** What a bot receives when it never chose: everything but these, which need an explicit opt-in. */
    private static final Set<String> OPT_IN_UPDATE_TYPES =
            Set.of("chat_member", "message_reaction", "message_reaction_count");

    private final TelegramBot bot;
    private final UpdateQueue updates;
    private final Map<Long, KnownChat> chats = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> profile = new ConcurrentHashMap<>();
    private final AtomicBoolean delivering = new AtomicBoolean();
    private final ViolationCounters violations =
            new ViolationCounters(List.of(LimitKind.CHAT, LimitKind.GROUP, LimitKind.BOT));
    private volatile BotWebhook webhook;
    private volatile List<String> allowedUpdates = List.of();
    private volatile WebhookError lastError;
    private volatile BotLimiter limiter;

    public SimulatedBot(TelegramBot bot, long firstUpdateId, BotLimits limits, Instant now) {
        this.bot = bot;
        this.updates = new UpdateQueue(firstUpdateId);
        this.limiter = new BotLimiter(limits, now);
    }

    public long id() {
        return bot.id();
    }

    public TelegramBot registration() {
        return bot;
    }

    public UpdateQueue updates() {
        return updates;
    }

    public Optional<BotWebhook> webhook() {
        return Optional.ofNullable(webhook);
    }

    public void setWebhook(BotWebhook webhook) {
        this.webhook = webhook;
    }

    public void removeWebhook() {
        this.webhook = null;
    }

    /** The update types the bot asked for; empty means the default (all but the opt-in ones). */
    public List<String> allowedUpdates() {
        return allowedUpdates;
    }

    public void setAllowedUpdates(List<String> allowedUpdates) {
        this.allowedUpdates = List.copyOf(allowedUpdates);
    }

    public boolean receives(String updateType) {
        List<String> chosen = allowedUpdates;
        return chosen.isEmpty() ? !OPT_IN_UPDATE_TYPES.contains(updateType) : chosen.contains(updateType);
    }

    public BotLimiter limiter() {
        return limiter;
    }

    /** New limits start afresh: every bucket full. */
    public void changeLimits(BotLimits limits, Instant now) {
        this.limiter = new BotLimiter(limits, now);
    }

    public ViolationCounters violations() {
        return violations;
    }

    public Optional<WebhookError> lastError() {
        return Optional.ofNullable(lastError);
    }

    public void recordError(Instant date, String message) {
        this.lastError = new WebhookError(date, message);
    }

    public boolean hasBlocked(long chatId) {
        return bot.blockedChats().contains(chatId);
    }

    /** The chat with {@code chat}'s id, remembered from {@code chat} the first time it is seen. */
    public KnownChat rememberChat(ObjectNode chat) {
        return chats.computeIfAbsent(chat.path("id").asLong(), id -> new KnownChat(chat.deepCopy()));
    }

    public Optional<KnownChat> chat(long chatId) {
        return Optional.ofNullable(chats.get(chatId));
    }

    public Optional<KnownChat> chatByUsername(String username) {
        return chats.values().stream()
                .filter(chat -> username.equalsIgnoreCase(chat.username()))
                .findFirst();
    }

    /** A profile setting ({@code setMyCommands}, {@code setMyName}, ...) by setting, scope and language. */
    public Optional<JsonNode> profileSetting(String key) {
        return Optional.ofNullable(profile.get(key));
    }

    public void setProfileSetting(String key, JsonNode value) {
        profile.put(key, value);
    }

    public void removeProfileSetting(String key) {
        profile.remove(key);
    }

    /** Claims the right to push updates to the webhook; only one delivery runs per bot, which keeps them in order. */
    public boolean startDelivering() {
        return delivering.compareAndSet(false, true);
    }

    public void stopDelivering() {
        delivering.set(false);
    }
}
