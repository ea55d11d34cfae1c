package io.switchboard.simulator.service.whatsapp;

import io.switchboard.simulator.client.WebhookResponse;
import io.switchboard.simulator.config.SimulatorConfig;
import io.switchboard.simulator.model.whatsapp.AcceptedMessage;
import io.switchboard.simulator.model.whatsapp.MessageStatus;
import io.switchboard.simulator.model.whatsapp.SimulatedNumber;
import io.switchboard.simulator.model.whatsapp.WebhookPayload;
import io.switchboard.simulator.service.Timers;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * The status webhooks that follow a send: by default {@code sent}, {@code delivered}, {@code read}, one after the
 * other; {@code sent} then {@code failed} (131026) for a recipient the number lists as undeliverable. Each status goes
 * to the webhook subscribed at the time it is due, and none when there is no subscription.
 */
@ApplicationScoped
public class StatusWebhooks {

    private static final Logger LOG = Logger.getLogger(StatusWebhooks.class);
    private static final List<String> UNDELIVERABLE = List.of("sent", "failed");
    private static final MessageStatus.StatusError UNDELIVERABLE_ERROR = new MessageStatus.StatusError(
            131026,
            "Message undeliverable",
            "Message undeliverable",
            new MessageStatus.ErrorData("Message Undeliverable."));

    private final WhatsAppWebhooks webhooks;
    private final Timers timers;
    private final Clock clock;
    private final SimulatorConfig config;

    StatusWebhooks(WhatsAppWebhooks webhooks, Timers timers, Clock clock, SimulatorConfig config) {
        this.webhooks = webhooks;
        this.timers = timers;
        this.clock = clock;
        this.config = config;
    }

    /** Plays the message's status progression in the background. */
    public void afterSend(SimulatedNumber number, AcceptedMessage message) {
        List<String> progression = !message.toGroup() && number.number().isUndeliverable(message.recipientId())
                ? UNDELIVERABLE
                : number.number().statusProgression();
        CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
        for (String status : progression) {
            chain = chain.thenCompose(previous -> timers.delay(config.whatsapp().statusInterval()))
                    .thenCompose(elapsed -> emit(number, message, status));
        }
        chain.exceptionally(failure -> {
            LOG.errorf(failure, "status webhooks stopped number=%s", number.id());
            return null;
        });
    }

    private CompletableFuture<WebhookResponse> emit(SimulatedNumber number, AcceptedMessage message, String status) {
        return number.subscription()
                .map(subscription -> webhooks.deliver(
                        number,
                        subscription,
                        "status",
                        WebhookPayload.messagesChange(
                                number.number().wabaId(),
                                WebhookPayload.ChangeValue.statuses(
                                        WebhookPayload.Metadata.of(number.number()), status(message, status)))))
                .orElseGet(() -> CompletableFuture.completedFuture(null));
    }

    private MessageStatus status(AcceptedMessage message, String status) {
        // Pricing comes with sent and delivered; a failed message is not billed and carries its error instead.
        boolean priced = status.equals("sent") || status.equals("delivered");
        return new MessageStatus(
                message.wamid(),
                status,
                Long.toString(clock.instant().getEpochSecond()),
                message.recipientId(),
                message.toGroup() ? "group" : null,
                priced ? pricing(message) : null,
                status.equals("failed") ? List.of(UNDELIVERABLE_ERROR) : null);
    }

    /** Per-message pricing: templates are billed; replies inside the customer service window are free. */
    private static MessageStatus.Pricing pricing(AcceptedMessage message) {
        return message.template()
                ? new MessageStatus.Pricing(true, "PMP", "marketing", "regular")
                : new MessageStatus.Pricing(false, "PMP", "service", "free_customer_service");
    }
}
