package io.switchboard.gateway.flow;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.ChatType;
import io.switchboard.contract.ConversationRef;
import io.switchboard.contract.Platform;
import io.switchboard.contract.Sender;
import io.switchboard.contract.Topics;
import io.switchboard.contract.content.Content;
import io.switchboard.contract.inbound.ConversationMigrated;
import io.switchboard.contract.inbound.InboundHeader;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.gateway.Operator;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.testsupport.kafka.KafkaTestClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A Telegram group upgraded to a supergroup keeps its conversation and history under the new chat id. */
@QuarkusTest
class ConversationMigrationTests {

    private static final String GROUP = "-4012345678";
    private static final String SUPERGROUP = "-1004012345678";

    @Test
    void aMigratedGroupContinuesAsOneConversationUnderItsNewId() {
        String tenant = Operator.newTenant();
        String agent = TestTokens.agent(tenant);
        try (KafkaTestClient kafka = KafkaTestClient.forTestApplication()) {
            publish(kafka, message(tenant, GROUP, "1", "ciao a tutti"));
            publish(kafka, new ConversationMigrated(header(tenant, GROUP, "2"), SUPERGROUP));
            publish(kafka, message(tenant, SUPERGROUP, "1", "siamo nel supergruppo"));

            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().auth()
                            .oauth2(agent)
                            .get("/api/v1/conversations")
                            .then()
                            .body("$", hasSize(1))
                            .body("[0].externalChatId", equalTo(SUPERGROUP)));
            String id = given().auth()
                    .oauth2(agent)
                    .get("/api/v1/conversations")
                    .then()
                    .extract()
                    .path("[0].id");
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().auth()
                            .oauth2(agent)
                            .get("/api/v1/conversations/" + id + "/messages")
                            .then()
                            .body("body", contains("ciao a tutti", "siamo nel supergruppo")));
        }
    }

    private static void publish(KafkaTestClient kafka, io.switchboard.contract.inbound.InboundEvent event) {
        kafka.publish(Topics.INBOUND, event.header().conversationKey(), event);
    }

    private static MessageReceived message(String tenant, String chat, String messageId, String text) {
        return new MessageReceived(
                header(tenant, chat, messageId),
                new Sender("7012", "Marco", null, null, "it"),
                null,
                new Content.Text(text));
    }

    private static InboundHeader header(String tenant, String chat, String messageId) {
        return InboundHeader.received(
                tenant, Platform.TELEGRAM, new ConversationRef("tg-1", chat, ChatType.GROUP), messageId, Instant.now());
    }
}
