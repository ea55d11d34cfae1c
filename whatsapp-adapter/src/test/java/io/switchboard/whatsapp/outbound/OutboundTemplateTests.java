package io.switchboard.whatsapp.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.TemplateParameter;
import io.switchboard.whatsapp.support.Registrations;
import io.switchboard.whatsapp.support.Simulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Templates against the WhatsApp Business Account's approved ones: Meta's refusals come back as FAILED receipts. */
@QuarkusTest
class OutboundTemplateTests {

    private Registrations.Registered channel;

    @BeforeEach
    void anApprovedTemplate() {
        channel = Registrations.freshChannel();
        Simulator.client()
                .addWhatsAppTemplate(
                        channel.number().phoneNumberId(),
                        Map.of(
                                "name", "appointment_reminder",
                                "language", "it",
                                "components",
                                        List.of(Map.of("type", "BODY", "text", "Ciao {{1}}, a domani alle {{2}}."))));
    }

    @Test
    void anApprovedTemplateWithItsParametersIsAccepted() {
        OutboundCommand command = send("appointment_reminder", "it", "Marco", "10:30");

        assertThat(Outbound.receipt(command).state()).isEqualTo(DeliveryState.ACCEPTED);
    }

    @Test
    void aTemplateMetaDoesNotKnowFailsWithMetasCode() {
        DeliveryReceipt receipt = Outbound.receipt(send("birthday_wishes", "it", "Marco"));

        assertThat(receipt.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(receipt.error().code()).isEqualTo("132001");
    }

    @Test
    void theWrongNumberOfParametersFailsWithMetasCode() {
        DeliveryReceipt receipt = Outbound.receipt(send("appointment_reminder", "it", "Marco"));

        assertThat(receipt.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(receipt.error().code()).isEqualTo("132000");
    }

    private OutboundCommand send(String name, String language, String... bodyParameters) {
        List<TemplateParameter> parameters =
                List.of(bodyParameters).stream().map(TemplateParameter::body).toList();
        return Outbound.send(channel, new OutboundContent.Template(name, language, parameters), null);
    }
}
