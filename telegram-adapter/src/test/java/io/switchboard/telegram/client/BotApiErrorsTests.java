package io.switchboard.telegram.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BotApiErrorsTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static RuntimeException errorFor(int status, String json) throws Exception {
        return BotApiErrors.from(status, MAPPER.readValue(json, BotApiResponse.class));
    }

    @Test
    void anUnauthorizedAnswerMeansTheTokenIsRefused() throws Exception {
        RuntimeException error = errorFor(401, """
                {"ok":false,"error_code":401,"description":"Unauthorized"}""");

        assertThat(error).isInstanceOf(BotApiUnauthorizedException.class);
        assertThat(((BotApiException) error).description()).isEqualTo("Unauthorized");
    }

    @Test
    void aBlockedUserIsForbidden() throws Exception {
        RuntimeException error = errorFor(403, """
                {"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}""");

        assertThat(error).isInstanceOf(BotApiForbiddenException.class);
        assertThat(((BotApiException) error).errorCode()).isEqualTo(403);
    }

    @Test
    void aWebhookConflictIsAConflict() throws Exception {
        assertThat(errorFor(409, """
                        {"ok":false,"error_code":409,"description":"Conflict: can't use getUpdates method while webhook is active"}""")).isInstanceOf(BotApiConflictException.class);
    }

    @Test
    void floodControlCarriesRetryAfterInSeconds() throws Exception {
        RuntimeException error = errorFor(429, """
                {"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}""");

        assertThat(((BotApiRateLimitedException) error).retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aMigratedGroupCarriesItsNewChatId() throws Exception {
        RuntimeException error = errorFor(400, """
                {"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded to a supergroup chat",
                 "parameters":{"migrate_to_chat_id":-1001234567890}}""");

        assertThat(((BotApiRejectedException) error).migrateToChatId()).hasValue(-1001234567890L);
    }

    @Test
    void aChatNotFoundIsARejection() throws Exception {
        assertThat(errorFor(400, """
                        {"ok":false,"error_code":400,"description":"Bad Request: chat not found"}""")).isInstanceOf(BotApiRejectedException.class);
    }

    @Test
    void aServerErrorMeansUnavailableNotRefused() throws Exception {
        assertThat(errorFor(502, """
                        {"ok":false,"error_code":502,"description":"Bad Gateway"}"""))
                .isInstanceOf(BotApiUnavailableException.class)
                .isNotInstanceOf(BotApiUnreachableException.class);
    }

    @Test
    void anAnswerWithoutTheEnvelopeMeansUnavailable() {
        assertThat(BotApiErrors.from(504, null)).isInstanceOf(BotApiUnavailableException.class);
    }
}
