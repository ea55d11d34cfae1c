package io.switchboard.simulator.model.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The Bot API's update bookkeeping, without HTTP: numbering, confirmation, retention and the one waiting poll. */
class UpdateQueueTests {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    private final UpdateQueue queue = new UpdateQueue(500);

    @Test
    void updatesAreNumberedInArrivalOrder_fromTheFirstId() {
        PendingUpdate first = queue.add("message", message("one"), NOW);
        PendingUpdate second = queue.add("message", message("two"), NOW);

        assertThat(first.updateId()).isEqualTo(500);
        assertThat(second.updateId()).isEqualTo(501);
        assertThat(first.json().get("update_id").asLong()).isEqualTo(500);
        assertThat(first.json().at("/message/text").asText()).isEqualTo("one");
    }

    @Test
    void anOffsetForgetsOnlyTheUpdatesBelowIt() {
        queue.add("message", message("one"), NOW);
        PendingUpdate second = queue.add("message", message("two"), NOW);

        queue.confirm(501);

        assertThat(queue.poll(100).join()).containsExactly(second);
    }

    @Test
    void aNegativeOffsetKeepsTheLastUpdates() {
        queue.add("message", message("one"), NOW);
        queue.add("message", message("two"), NOW);
        PendingUpdate third = queue.add("message", message("three"), NOW);

        queue.confirm(-1);

        assertThat(queue.poll(100).join()).containsExactly(third);
    }

    @Test
    void updatesOlderThanTheRetentionAreForgotten() {
        queue.add("message", message("old"), NOW.minusSeconds(25 * 3600));
        PendingUpdate recent = queue.add("message", message("recent"), NOW);

        queue.forgetCreatedBefore(NOW.minusSeconds(24 * 3600));

        assertThat(queue.poll(100).join()).containsExactly(recent);
    }

    @Test
    void aWaitingPollIsAnsweredByTheNextUpdate() {
        CompletableFuture<List<PendingUpdate>> poll = queue.poll(100);
        assertThat(poll).isNotDone();

        PendingUpdate update = queue.add("message", message("hi"), NOW);

        assertThat(poll.join()).containsExactly(update);
    }

    @Test
    void anExpiredPollAnswersNothing_andTheNextUpdateStaysQueued() {
        CompletableFuture<List<PendingUpdate>> poll = queue.poll(100);

        queue.expire(poll);
        queue.add("message", message("later"), NOW);

        assertThat(poll.join()).isEmpty();
        assertThat(queue.size()).isEqualTo(1);
    }

    @Test
    void aNewPollTerminatesTheWaitingOne() {
        CompletableFuture<List<PendingUpdate>> first = queue.poll(100);

        queue.poll(100);

        Assertions.assertThatThrownBy(first::join)
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(PollTerminatedException.class);
    }

    private static ObjectNode message(String text) {
        ObjectNode update = JsonNodeFactory.instance.objectNode();
        update.putObject("message").put("text", text);
        return update;
    }
}
