package io.switchboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import io.switchboard.contract.Topics;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.Purpose;
import io.switchboard.testsupport.kafka.KafkaTestClient;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import io.switchboard.testsupport.suite.Suite;
import io.switchboard.testsupport.suite.SuiteClient;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Channels, rules and the message log live in the databases: services can restart and carry on. */
class RestartIT {

    @Test
    void afterTheAdapterAndTheGatewayRestartTheSameChannelAndRuleStillAnswer() {
        SuiteClient api = RunningSuite.api();
        String admin = RunningSuite.newTenantAdmin();
        WhatsAppNumber number = WhatsAppNumber.sample("Studio Bianchi");
        WhatsAppSliceIT.startSuite();
        WhatsAppSliceIT.connect(admin, number);
        api.addKeywordRule(admin, "Orari", List.of("orari"), "Dalle 9 alle 18.");

        RunningSuite.get().app(Suite.WHATSAPP).restart();
        RunningSuite.get().app(Suite.GATEWAY).restart();

        RunningSuite.simulator().whatsAppCustomerWrites(number.phoneNumberId(), "393405555555", "Luca", "orari?");
        assertThat(WhatsAppSliceIT.awaitSend(number.phoneNumberId(), "393405555555")
                        .at("/text/body")
                        .asText())
                .isEqualTo("Dalle 9 alle 18.");
        new Inbox(api, admin).awaitMessage("393405555555", Inbox.outbound("READ"));
    }

    @Test
    void aCommandRedeliveredAfterTheAdapterRestartedIsNotSentAgain() {
        String tenant = "sys-" + UUID.randomUUID().toString().substring(0, 8);
        SuiteClient api = RunningSuite.api();
        api.ensureTenant(tenant, "System test " + tenant);
        String admin = api.issueToken(tenant, "owner@" + tenant + ".example", List.of("admin"));
        WhatsAppNumber number = WhatsAppNumber.sample("Studio Verdi");
        WhatsAppSliceIT.startSuite();
        String channelId = WhatsAppSliceIT.connect(admin, number);
        OutboundCommand command = OutboundCommand.create(
                UUID.randomUUID(),
                tenant,
                Platform.WHATSAPP,
                ConversationRef.direct(channelId, "393406666666"),
                Purpose.REPLY,
                OutboundContent.Text.of("Confermato per giovedì alle 10."),
                null);

        try (KafkaTestClient kafka = new KafkaTestClient(RunningSuite.get().kafkaBootstrapServers())) {
            kafka.publish(Topics.OUTBOUND_WHATSAPP, channelId, command);
            String wamid = accepted(kafka, command, 1).getFirst().platformMessageId();

            RunningSuite.get().app(Suite.WHATSAPP).restart();
            kafka.publish(Topics.OUTBOUND_WHATSAPP, channelId, command);

            // The adapter answers the redelivery with the first send's receipt again, and Meta got one message.
            assertThat(accepted(kafka, command, 2))
                    .extracting(DeliveryReceipt::platformMessageId)
                    .containsOnly(wamid);
        }
        assertThat(RunningSuite.simulator().requests("whatsapp", "/" + number.phoneNumberId() + "/messages").stream()
                        .filter(request -> request.get("body").asText().contains("393406666666")))
                .hasSize(1);
    }

    private static List<DeliveryReceipt> accepted(KafkaTestClient kafka, OutboundCommand command, int count) {
        return kafka.awaitEvents(
                Topics.DELIVERY,
                DeliveryReceipt.class,
                receipt -> receipt.messageId().equals(command.messageId()) && receipt.state() == DeliveryState.ACCEPTED,
                count,
                Inbox.WAIT);
    }
}
