package io.switchboard.whatsapp.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.whatsapp.support.CommandSender;
import io.switchboard.whatsapp.support.Registrations;
import io.switchboard.whatsapp.support.TestSends;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A command delivered again is never sent again; its outcome is reported again. */
@QuarkusTest
class OutboundIdempotencyTests {

    @Inject
    TestSends sends;

    @Test
    void aRedeliveredCommandIsSentOnceAndReceiptedAgainWithTheSameWamid() {
        Registrations.Registered channel = Registrations.freshChannel();
        OutboundCommand command = Outbound.send(channel, OutboundContent.Text.of("Only once, please"), null);

        CommandSender.send(command);

        List<DeliveryReceipt> receipts = Outbound.receipts(command, 2);
        assertThat(receipts).extracting(DeliveryReceipt::state).containsOnly(DeliveryState.ACCEPTED);
        assertThat(receipts.get(1).platformMessageId())
                .isEqualTo(receipts.get(0).platformMessageId());
        assertThat(Outbound.sentBodies(channel)).hasSize(1);
    }

    @Test
    void aCommandWhoseSendWasUnderWayIsReportedFailedNotSentAgain() {
        Registrations.Registered channel = Registrations.freshChannel();
        OutboundCommand command = CommandSender.command(
                channel.tenantId(), channel.channelId(), Outbound.CUSTOMER, OutboundContent.Text.of("Hi"), null);
        sends.sending(command.messageId(), channel.tenantId(), UUID.fromString(channel.channelId()));

        CommandSender.send(command);

        DeliveryReceipt receipt = Outbound.receipts(command, 1).get(0);
        assertThat(receipt.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(receipt.error().code()).isEqualTo("outcome-unknown");
        assertThat(Outbound.sentBodies(channel)).isEmpty();
    }
}
