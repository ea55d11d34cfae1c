package io.switchboard.system;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.testsupport.suite.SuiteClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Reads a tenant's inbox through the gateway API, waiting for what the suite does asynchronously. */
final class Inbox {

    static final Duration WAIT = Duration.ofSeconds(60);

    private final SuiteClient api;
    private final String token;

    Inbox(SuiteClient api, String token) {
        this.api = api;
        this.token = token;
    }

    /** Waits until the conversation with {@code externalChatId} holds a message matching {@code match}. */
    JsonNode awaitMessage(String externalChatId, Predicate<JsonNode> match) {
        return await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> find(externalChatId, match), Optional::isPresent)
                .orElseThrow();
    }

    List<JsonNode> messages(String externalChatId) {
        return conversation(externalChatId)
                .map(conversation -> api.messages(token, conversation.get("id").asText()))
                .orElse(List.of());
    }

    private Optional<JsonNode> find(String externalChatId, Predicate<JsonNode> match) {
        return messages(externalChatId).stream().filter(match).findFirst();
    }

    private Optional<JsonNode> conversation(String externalChatId) {
        return api.conversations(token).stream()
                .filter(conversation ->
                        externalChatId.equals(conversation.get("externalChatId").asText()))
                .findFirst();
    }

    static Predicate<JsonNode> outbound(String state) {
        return message -> "OUTBOUND".equals(message.get("direction").asText())
                && state.equals(message.get("state").asText());
    }
}
