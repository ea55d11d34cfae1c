package io.switchboard.whatsapp.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.Topics;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.whatsapp.support.Registrations;
import io.switchboard.whatsapp.support.Simulator;
import io.switchboard.whatsapp.support.TopicReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Against the simulator's rate limits (enforced as Meta's: 80 messages per second per number, one message per 6 s per
 * customer with bursts): the adapter paces upfront, so nothing is refused, and keeps each conversation's order.
 */
@QuarkusTest
class OutboundPacingTests {

    @Test
    void aBurstToManyCustomersIsSentWithoutASingleLimitRefusal() {
        Registrations.Registered channel = Registrations.freshChannel();
        List<OutboundCommand> commands = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            commands.add(
                    Outbound.sendTo(channel, "39340" + (1_000_000 + i), OutboundContent.Text.of("News " + i), null));
        }

        Set<UUID> ids = commands.stream().map(OutboundCommand::messageId).collect(Collectors.toSet());
        List<DeliveryReceipt> accepted = TopicReader.await(
                        Topics.DELIVERY,
                        DeliveryReceipt.class,
                        receipt -> ids.contains(receipt.messageId()) && receipt.state() == DeliveryState.ACCEPTED,
                        300)
                .stream()
                .map(TopicReader.Keyed::event)
                .toList();

        assertThat(accepted).hasSize(300);
        assertThat(Simulator.client().whatsAppViolations(channel.number().phoneNumberId(), "throughput"))
                .isZero();
        assertThat(Outbound.sentBodies(channel)).hasSize(300);
    }

    @Test
    void messagesToOneCustomerKeepTheirOrderAndStayWithinThePairLimit() {
        Registrations.Registered channel = Registrations.freshChannel();
        List<OutboundCommand> commands = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            commands.add(Outbound.send(channel, OutboundContent.Text.of("Step " + i), null));
        }

        Outbound.receipt(commands.getLast());
        assertThat(Outbound.sentBodies(channel))
                .extracting(body -> body.path("text").path("body").asText())
                .containsExactly("Step 1", "Step 2", "Step 3", "Step 4", "Step 5", "Step 6", "Step 7", "Step 8");
        assertThat(Simulator.client().whatsAppViolations(channel.number().phoneNumberId(), "pair"))
                .isZero();
    }

    @Test
    void whenMetaStillSaysTooFastTheMessageIsSentAgainAfterABackOff() {
        Registrations.Registered channel = Registrations.freshChannel();
        Simulator.client()
                .injectFault(Map.of(
                        "platform",
                        "whatsapp",
                        "pathContains",
                        channel.number().phoneNumberId() + "/messages",
                        "status",
                        429));

        OutboundCommand command = Outbound.send(channel, OutboundContent.Text.of("Eventually"), null);

        assertThat(Outbound.receipt(command).state()).isEqualTo(DeliveryState.ACCEPTED);
        assertThat(Outbound.sentBodies(channel)).hasSize(2);
    }
}
