package io.switchboard.telegram.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.contract.ChatType;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.Purpose;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Chats in parallel, each in order, with a bounded number of commands in flight. */
class OutboundLanesTests {

    private final RecordingService service = new RecordingService();
    private final OutboundLanes lanes = new OutboundLanes(3, service::handle);
    private final List<String> done = new CopyOnWriteArrayList<>();
    private final List<Throwable> failed = new CopyOnWriteArrayList<>();

    @Test
    void aChatsCommandsRunOneAtATimeInArrivalOrder() {
        OutboundCommand first = command("100", "first");
        OutboundCommand second = command("100", "second");
        service.hold(first);

        submit(first);
        submit(second);
        await().until(() -> service.started.contains("first"));
        assertThat(service.started).doesNotContain("second");

        service.release(first);
        await().until(() -> done.size() == 2);
        assertThat(done).containsExactly("first", "second");
    }

    @Test
    void anotherChatIsNotHeldUpByAWaitingOne() {
        OutboundCommand slow = command("100", "slow");
        OutboundCommand other = command("200", "other");
        service.hold(slow);

        submit(slow);
        submit(other);

        await().until(() -> done.contains("other"));
        assertThat(done).doesNotContain("slow");
        service.release(slow);
        await().until(() -> done.contains("slow"));
    }

    @Test
    void noMoreThanTheLimitIsTakenOnUntilOneFinishes() {
        List<OutboundCommand> held = List.of(command("100", "a"), command("200", "b"), command("300", "c"));
        held.forEach(service::hold);
        held.forEach(this::submit);

        CompletionStage<Void> fourth = lanes.admission();
        assertThat(fourth).isNotCompleted();

        service.release(held.get(1));
        await().until(() -> fourth.toCompletableFuture().isDone());
        held.forEach(command -> {
            if (command != held.get(1)) {
                service.release(command);
            }
        });
    }

    @Test
    void aCommandThatCannotBeHandledIsReportedAndFreesItsPlace() {
        service.failing.add("broken");

        submit(command("100", "broken"));
        submit(command("100", "after"));

        await().until(() -> done.contains("after"));
        assertThat(failed).hasSize(1);
        await().until(() -> lanes.activeLanes() == 0);
    }

    private void submit(OutboundCommand command) {
        assertThat(lanes.admission()).isCompleted();
        lanes.submit(command, () -> done.add(bodyOf(command)), failed::add);
    }

    private static OutboundCommand command(String chat, String body) {
        return OutboundCommand.create(
                UUID.randomUUID(),
                "t-1",
                Platform.TELEGRAM,
                new ConversationRef("tg-1", chat, ChatType.DIRECT),
                Purpose.REPLY,
                OutboundContent.Text.of(body),
                null);
    }

    private static String bodyOf(OutboundCommand command) {
        return ((OutboundContent.Text) command.content()).body();
    }

    /** Handles commands by noting them; some wait until released, some fail. */
    private static final class RecordingService {

        final List<String> started = new CopyOnWriteArrayList<>();
        final List<String> failing = new CopyOnWriteArrayList<>();
        private final Map<UUID, CountDownLatch> held = new ConcurrentHashMap<>();

        void hold(OutboundCommand command) {
            held.put(command.messageId(), new CountDownLatch(1));
        }

        void release(OutboundCommand command) {
            held.get(command.messageId()).countDown();
        }

        void handle(OutboundCommand command) {
            String body = bodyOf(command);
            started.add(body);
            CountDownLatch latch = held.get(command.messageId());
            if (latch != null) {
                try {
                    assertThat(latch.await(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS))
                            .isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failing.contains(body)) {
                throw new IllegalStateException("cannot handle " + body);
            }
        }
    }
}
