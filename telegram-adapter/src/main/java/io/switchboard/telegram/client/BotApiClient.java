package io.switchboard.telegram.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.telegram.botapi.AnswerCallbackQueryRequest;
import io.switchboard.telegram.botapi.DeleteWebhookRequest;
import io.switchboard.telegram.botapi.GetUpdatesRequest;
import io.switchboard.telegram.botapi.Message;
import io.switchboard.telegram.botapi.SendMediaGroupRequest;
import io.switchboard.telegram.botapi.SetWebhookRequest;
import io.switchboard.telegram.botapi.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The Bot API methods Switchboard calls, with typed results and typed errors ({@link BotApiException} when Telegram
 * refuses, {@link BotApiUnavailableException} when it cannot be asked). Calls that are safe to repeat are retried on
 * I/O failures; a send is retried only when it surely never left ({@link BotApiUnreachableException}). A refusal is
 * never retried here.
 */
@ApplicationScoped
public class BotApiClient {

    @Inject
    @RestClient
    BotApi api;

    @Inject
    ObjectMapper mapper;

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = 2,
            delay = 300,
            retryOn = {BotApiUnavailableException.class, TimeoutException.class})
    public User getMe(String token) {
        return read(call(token, "getMe", Map.of()), User.class);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = 2,
            delay = 300,
            retryOn = {BotApiUnavailableException.class, TimeoutException.class})
    public void setWebhook(String token, SetWebhookRequest request) {
        call(token, "setWebhook", request);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = 2,
            delay = 300,
            retryOn = {BotApiUnavailableException.class, TimeoutException.class})
    public void deleteWebhook(String token, DeleteWebhookRequest request) {
        call(token, "deleteWebhook", request);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = 2,
            delay = 300,
            retryOn = {BotApiUnavailableException.class, TimeoutException.class})
    public void answerCallbackQuery(String token, AnswerCallbackQueryRequest request) {
        call(token, "answerCallbackQuery", request);
    }

    /**
     * A bot setting: {@code getMyName}, {@code setMyCommands} and the like. Reading or writing the same setting twice
     * leaves the same state, so this is retried like a read.
     *
     * @return the method's result ({@code true} for the setters)
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = 2,
            delay = 300,
            retryOn = {BotApiUnavailableException.class, TimeoutException.class})
    public JsonNode setting(String token, String method, Map<String, Object> parameters) {
        return call(token, method, parameters);
    }

    /**
     * One long poll. No {@code @Timeout} and no retry: it waits up to the request's {@code timeout} by design (the REST
     * client's read timeout bounds it), and the poller owns backing off.
     *
     * @return the raw updates, oldest first; raw so that update kinds Switchboard does not model are still seen
     */
    public List<JsonNode> getUpdates(String token, GetUpdatesRequest request) {
        JsonNode result = call(token, "getUpdates", request);
        List<JsonNode> updates = new ArrayList<>();
        if (result != null && result.isArray()) {
            result.forEach(updates::add);
        }
        return updates;
    }

    /**
     * Sends a message ({@code sendMessage}, {@code sendPhoto}, ...). A timeout leaves the outcome unknown: callers
     * must not repeat the send then.
     */
    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 500, jitter = 200, retryOn = BotApiUnreachableException.class)
    public Message send(String token, String method, Object request) {
        return read(call(token, method, request), Message.class);
    }

    /** {@code sendMediaGroup}: the album's messages, in order. Retried like {@link #send}. */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 500, jitter = 200, retryOn = BotApiUnreachableException.class)
    public List<Message> sendAlbum(String token, SendMediaGroupRequest request) {
        JsonNode result = call(token, "sendMediaGroup", request);
        if (result == null || !result.isArray() || result.isEmpty()) {
            throw new BotApiUnavailableException("the Bot API answered sendMediaGroup without the album's messages");
        }
        List<Message> messages = new ArrayList<>();
        result.forEach(message -> messages.add(read(message, Message.class)));
        return messages;
    }

    /**
     * A method that acts on a chat or a message and answers {@code true} or the changed message
     * ({@code editMessageText}, {@code deleteMessage}, {@code setMessageReaction}, {@code sendChatAction}). Retried
     * like {@link #send}: a second delete of the same message would be refused.
     */
    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 500, jitter = 200, retryOn = BotApiUnreachableException.class)
    public void act(String token, String method, Object request) {
        call(token, method, request);
    }

    private JsonNode call(String token, String method, Object parameters) {
        BotApiResponse response;
        try {
            response = api.call(token, method, parameters);
        } catch (BotApiException | BotApiUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ioFailure(method, e);
        }
        if (response == null || !response.ok()) {
            throw BotApiErrors.from(200, response);
        }
        return response.result();
    }

    private <T> T read(JsonNode result, Class<T> type) {
        try {
            return mapper.treeToValue(result, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BotApiUnavailableException(
                    "the Bot API answered with an unexpected " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    private static BotApiUnavailableException ioFailure(String method, RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return new BotApiUnreachableException("the Bot API is unreachable (" + method + "): "
                        + cause.getClass().getSimpleName());
            }
        }
        return new BotApiUnavailableException("the Bot API did not answer " + method + ": "
                + failure.getClass().getSimpleName() + " " + failure.getMessage());
    }
}
