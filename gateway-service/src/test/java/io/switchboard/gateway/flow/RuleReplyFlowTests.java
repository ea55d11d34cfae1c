package io.switchboard.gateway.flow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.switchboard.contract.Platform;
import io.switchboard.contract.Topics;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.Purpose;
import io.switchboard.gateway.Operator;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.testsupport.kafka.KafkaTestClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A customer's message meets the tenant's keyword rule: the reply is decided, sent, and its delivery logged. */
@QuarkusTest
class RuleReplyFlowTests {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static KafkaTestClient kafka;

    @BeforeAll
    static void connect() {
        kafka = KafkaTestClient.forTestApplication();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void aMatchingWhatsAppMessageGetsTheRulesReplyAsAnOutboundCommand() {
        String tenant = tenantWithPriceRule();
        MessageReceived message = InboundEvents.text(tenant, Platform.WHATSAPP, "wa-1", "393401234567", "Prezzi?");

        kafka.publish(Topics.INBOUND, message.header().conversationKey(), message);

        OutboundCommand command = awaitCommand(Topics.OUTBOUND_WHATSAPP, tenant);
        assertThat(command.content()).isEqualTo(OutboundContent.Text.of("Il listino è su https://studio.it/prezzi"));
        assertThat(command.purpose()).isEqualTo(Purpose.REPLY);
        assertThat(command.recipient()).isEqualTo(message.header().conversation());
        assertThat(command.replyToPlatformMessageId())
                .isEqualTo(message.header().platformMessageId());
        assertThat(command.channelId()).isEqualTo("wa-1");
    }

    @Test
    void aTelegramMessageIsAnsweredOnTheTelegramTopic() {
        String tenant = tenantWithPriceRule();
        MessageReceived message = InboundEvents.text(tenant, Platform.TELEGRAM, "tg-1", "7012345678", "i prezzi");

        kafka.publish(Topics.INBOUND, message.header().conversationKey(), message);

        OutboundCommand command = awaitCommand(Topics.OUTBOUND_TELEGRAM, tenant);
        assertThat(command.platform()).isEqualTo(Platform.TELEGRAM);
        assertThat(command.recipient().externalChatId()).isEqualTo("7012345678");
    }

    @Test
    void theConversationLogShowsBothMessagesAndTheDeliveryStateMovesOnlyForward() {
        String tenant = tenantWithPriceRule();
        MessageReceived message = InboundEvents.text(tenant, Platform.WHATSAPP, "wa-1", "393409999999", "prezzi");
        kafka.publish(Topics.INBOUND, message.header().conversationKey(), message);
        OutboundCommand command = awaitCommand(Topics.OUTBOUND_WHATSAPP, tenant);

        receipt(command, DeliveryState.ACCEPTED, "wamid.OUT1");
        receipt(command, DeliveryState.READ, null);
        receipt(command, DeliveryState.DELIVERED, null);

        String admin = TestTokens.admin(tenant);
        String conversationId = await().atMost(WAIT)
                .until(
                        () -> given().auth()
                                .oauth2(admin)
                                .get("/api/v1/conversations")
                                .then()
                                .extract()
                                .jsonPath()
                                .getString("[0].id"),
                        id -> id != null);
        await().atMost(WAIT)
                .untilAsserted(() -> given().auth()
                        .oauth2(admin)
                        .get("/api/v1/conversations/" + conversationId + "/messages")
                        .then()
                        .statusCode(200)
                        .body("size()", equalTo(2))
                        .body("[1].state", equalTo("READ")));

        JsonPath log = given().auth()
                .oauth2(admin)
                .get("/api/v1/conversations/" + conversationId + "/messages")
                .then()
                .extract()
                .jsonPath();
        assertThat(log.getString("[0].direction")).isEqualTo("INBOUND");
        assertThat(log.getString("[0].body")).isEqualTo("prezzi");
        assertThat(log.getString("[1].direction")).isEqualTo("OUTBOUND");
        assertThat(log.getString("[1].id")).isEqualTo(command.messageId().toString());
        assertThat(log.getString("[1].platformMessageId")).isEqualTo("wamid.OUT1");
        given().auth()
                .oauth2(admin)
                .get("/api/v1/conversations/" + conversationId)
                .then()
                .body("contact.displayName", equalTo("Giulia"))
                .body("platform", equalTo("WHATSAPP"));
    }

    @Test
    void aTextNoRuleMatchesIsLoggedButNotAnswered() {
        String tenant = tenantWithPriceRule();
        MessageReceived message = InboundEvents.text(tenant, Platform.WHATSAPP, "wa-1", "393400000001", "ciao!");

        kafka.publish(Topics.INBOUND, message.header().conversationKey(), message);

        String admin = TestTokens.admin(tenant);
        String conversationId = await().atMost(WAIT)
                .until(
                        () -> given().auth()
                                .oauth2(admin)
                                .get("/api/v1/conversations")
                                .then()
                                .extract()
                                .jsonPath()
                                .getString("[0].id"),
                        id -> id != null);
        given().auth()
                .oauth2(admin)
                .get("/api/v1/conversations/" + conversationId + "/messages")
                .then()
                .body("size()", equalTo(1));
        assertThat(kafka.events(
                        Topics.OUTBOUND_WHATSAPP,
                        OutboundCommand.class,
                        c -> c.tenantId().equals(tenant)))
                .isEmpty();
    }

    private static String tenantWithPriceRule() {
        String tenant = Operator.newTenant();
        given().auth()
                .oauth2(TestTokens.admin(tenant))
                .contentType("application/json")
                .body(Map.of(
                        "name", "Prezzi",
                        "trigger", Map.of("type", "KEYWORDS", "keywords", List.of("prezzi")),
                        "action", Map.of("type", "REPLY", "text", "Il listino è su https://studio.it/prezzi")))
                .post("/api/v1/rules")
                .then()
                .statusCode(201);
        return tenant;
    }

    private static OutboundCommand awaitCommand(String topic, String tenant) {
        return kafka.awaitEvents(topic, OutboundCommand.class, c -> c.tenantId().equals(tenant), 1, WAIT)
                .get(0);
    }

    private static void receipt(OutboundCommand command, DeliveryState state, String platformMessageId) {
        DeliveryReceipt receipt = new DeliveryReceipt(
                DeliveryReceipt.SCHEMA_VERSION,
                UUID.randomUUID(),
                command.messageId(),
                command.tenantId(),
                command.channelId(),
                command.platform(),
                platformMessageId,
                state,
                null,
                Instant.now());
        kafka.publish(Topics.DELIVERY, command.channelId(), receipt);
    }
}
