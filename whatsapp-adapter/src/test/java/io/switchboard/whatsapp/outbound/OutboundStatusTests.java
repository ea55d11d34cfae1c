package io.switchboard.whatsapp.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.whatsapp.support.Registrations;
import io.switchboard.whatsapp.support.Simulator;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Meta's status webhooks for a message we sent become its receipts, after the simulator verified our webhook. */
@QuarkusTest
class OutboundStatusTests {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aSentMessageIsReceiptedAcceptedSentDeliveredAndRead() {
        Registrations.Registered channel = Registrations.freshChannel();
        Simulator.client()
                .subscribeWhatsAppWebhook(
                        channel.number().phoneNumberId(),
                        base + "webhooks/whatsapp/" + channel.channelId(),
                        channel.verifyToken())
                .expect(200);

        OutboundCommand command = Outbound.send(channel, OutboundContent.Text.of("Your table is ready"), null);

        assertThat(Outbound.receipts(command, 4))
                .extracting(DeliveryReceipt::state)
                .containsExactlyInAnyOrder(
                        DeliveryState.ACCEPTED, DeliveryState.SENT, DeliveryState.DELIVERED, DeliveryState.READ);
    }
}
