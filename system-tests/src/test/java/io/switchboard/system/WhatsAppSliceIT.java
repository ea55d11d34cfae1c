package io.switchboard.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.testsupport.fixtures.Fixtures;
import io.switchboard.testsupport.simulator.SimulatorClient;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import io.switchboard.testsupport.suite.SuiteClient;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A customer writes to a business on WhatsApp; the business's keyword rule answers through the Cloud API (played by
 * the simulator), and the platform's statuses come back into the message log. Everything over HTTP, from outside.
 */
class WhatsAppSliceIT {

    private static final String VERIFY_TOKEN = "system-test-verify-token";
    private static SuiteClient api;
    private static SimulatorClient simulator;

    @BeforeAll
    static void startSuite() {
        RunningSuite.get();
        api = RunningSuite.api();
        simulator = RunningSuite.simulator();
    }

    @Test
    void aCustomersTextIsAnsweredByTheRuleAndTheReplyIsReadInTheLog() {
        String admin = RunningSuite.newTenantAdmin();
        WhatsAppNumber number = WhatsAppNumber.sample("Studio Rossi");
        connect(admin, number);
        api.addKeywordRule(admin, "Prezzi", List.of("prezzi"), "Il listino è su https://studio-rossi.it/prezzi");

        JsonNode written = simulator.whatsAppCustomerWrites(
                number.phoneNumberId(), "393401234567", "Giulia", "Buongiorno, quali sono i prezzi?");
        assertThat(written.get("status").asInt()).isEqualTo(200);

        JsonNode sent = awaitSend(number.phoneNumberId(), "393401234567");
        assertThat(sent.at("/text/body").asText()).isEqualTo("Il listino è su https://studio-rossi.it/prezzi");
        assertThat(sent.at("/context/message_id").asText())
                .isEqualTo(written.get("wamid").asText());

        Inbox inbox = new Inbox(api, admin);
        JsonNode reply = inbox.awaitMessage("393401234567", Inbox.outbound("READ"));
        assertThat(reply.get("platformMessageId").asText()).startsWith("wamid.");
        assertThat(inbox.messages("393401234567"))
                .extracting(message -> message.get("body").asText())
                .containsExactly("Buongiorno, quali sono i prezzi?", "Il listino è su https://studio-rossi.it/prezzi");
    }

    @Test
    void metasOwnDocumentationExampleIsAcceptedAndAnswered() {
        String admin = RunningSuite.newTenantAdmin();
        // The ids of the business number in Meta's example, so the example is delivered exactly as published.
        WhatsAppNumber sample = WhatsAppNumber.sample("Sample Shop");
        WhatsAppNumber number = new WhatsAppNumber(
                "106540352242922",
                "419561257915477",
                "15550783881",
                "Sample Shop",
                sample.accessToken(),
                sample.appSecret());
        connect(admin, number);
        api.addKeywordRule(admin, "Colours", List.of("color", "colour"), "Yes: it comes in blue, red and green.");

        JsonNode delivered = simulator.deliverWhatsAppWebhook(
                number.phoneNumberId(), Fixtures.text("meta/text-message.json").strip(), true);

        assertThat(delivered.get("status").asInt()).isEqualTo(200);
        JsonNode sent = awaitSend(number.phoneNumberId(), "16505551234");
        assertThat(sent.at("/text/body").asText()).isEqualTo("Yes: it comes in blue, red and green.");
        new Inbox(api, admin).awaitMessage("16505551234", Inbox.outbound("READ"));
    }

    @Test
    void aWebhookWithAWrongSignatureIsRefusedAndNothingIsAnswered() {
        String admin = RunningSuite.newTenantAdmin();
        WhatsAppNumber number = WhatsAppNumber.sample("Studio Verdi");
        connect(admin, number);
        api.addKeywordRule(admin, "Colours", List.of("color"), "We have many colours.");

        JsonNode delivered = simulator.deliverWhatsAppWebhook(
                number.phoneNumberId(),
                Fixtures.text("meta/text-message.json").strip().replace("106540352242922", number.phoneNumberId()),
                false);

        assertThat(delivered.get("status").asInt()).isEqualTo(401);
        assertThat(simulator.requests("whatsapp", "/" + number.phoneNumberId() + "/messages"))
                .isEmpty();
        assertThat(api.conversations(admin)).isEmpty();
    }

    /**
     * Registers the number with the adapter and points the simulated Meta app at the webhook it returns; answers the
     * channel id.
     */
    static String connect(String admin, WhatsAppNumber number) {
        simulator.addWhatsAppNumber(number);
        JsonNode channel =
                api.registerWhatsApp(admin, number, VERIFY_TOKEN).expect(201).json();
        assertThat(channel.toString()).doesNotContain(number.accessToken()).doesNotContain(number.appSecret());
        simulator
                .subscribeWhatsAppWebhook(
                        number.phoneNumberId(), channel.get("webhookUrl").asText(), VERIFY_TOKEN)
                .expect(200);
        return channel.get("channelId").asText();
    }

    /** The Graph API send request the adapter made to {@code to}, as the simulator recorded it. */
    static JsonNode awaitSend(String phoneNumberId, String to) {
        return await().atMost(Inbox.WAIT)
                .until(
                        () -> simulator.requests("whatsapp", "/" + phoneNumberId + "/messages").stream()
                                .filter(request ->
                                        "POST".equals(request.get("method").asText()))
                                .map(request -> io.switchboard.testsupport.http.JsonHttp.json(
                                        request.get("body").asText()))
                                .filter(body -> to.equals(body.path("to").asText()))
                                .filter(body -> "text".equals(body.path("type").asText()))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }
}
