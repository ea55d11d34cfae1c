package io.switchboard.whatsapp.service;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.switchboard.contract.delivery.DeliveryReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Receipts of outbound sends. The command that caused one is acknowledged only after the receipt is, so while Kafka
 * is down the receipt is retried here rather than dropped or dead-lettered.
 */
@ApplicationScoped
public class ReceiptPublisher {

    private final EventPublisher publisher;

    @Inject
    public ReceiptPublisher(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Retry(maxRetries = -1, delay = 500, retryOn = EventPublishException.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void publish(DeliveryReceipt receipt) {
        publisher.publish(receipt);
    }
}
