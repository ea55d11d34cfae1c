package io.switchboard.gateway.flow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.Platform;
import io.switchboard.contract.Topics;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.gateway.Operator;
import io.switchboard.testsupport.jwt.TestTokens;
import io.switchboard.testsupport.kafka.KafkaTestClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Platform retries and Kafka redeliveries are processed once; a record that is not an event is set aside. */
@QuarkusTest
class IdempotencyAndPoisonTests {

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
    void anEventDeliveredThreeTimesIsAnsweredAndLoggedOnce() {
        String tenant = tenantWithRule("orari", "Siamo aperti 9-18");
        MessageReceived message = InboundEvents.text(tenant, Platform.WHATSAPP, "wa-1", "393401111111", "orari?");
        MessageReceived marker = InboundEvents.text(tenant, Platform.WHATSAPP, "wa-1", "393401111111", "grazie");
        String key = message.header().conversationKey();

        kafka.publish(Topics.INBOUND, key, message);
        kafka.publish(Topics.INBOUND, key, message);
        kafka.publish(Topics.INBOUND, key, message);
        kafka.publish(Topics.INBOUND, key, marker);

        // Same key, same partition: once the marker is logged, every copy before it has been handled.
        String admin = TestTokens.admin(tenant);
        String conversation = await().atMost(WAIT)
                .until(
                        () -> given().auth()
                                .oauth2(admin)
                                .get("/api/v1/conversations")
                                .then()
                                .extract()
                                .jsonPath()
                                .getString("[0].id"),
                        id -> id != null);
        List<String> bodies = await().atMost(WAIT)
                .until(
                        () -> given().auth()
                                .oauth2(admin)
                                .get("/api/v1/conversations/" + conversation + "/messages")
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("body", String.class),
                        found -> found.contains("grazie"));

        assertThat(bodies).containsExactlyInAnyOrder("orari?", "Siamo aperti 9-18", "grazie");
        assertThat(kafka.events(
                        Topics.OUTBOUND_WHATSAPP,
                        OutboundCommand.class,
                        c -> c.tenantId().equals(tenant)))
                .hasSize(1);
    }

    @Test
    void aRecordThatIsNotAnEventGoesToTheDeadLetterTopicAndTheConversationMovesOn() {
        String tenant = tenantWithRule("ciao", "Ciao! Come posso aiutarti?");
        MessageReceived next = InboundEvents.text(tenant, Platform.TELEGRAM, "tg-1", "70000001", "ciao");
        String key = next.header().conversationKey();

        kafka.publishBytes(
                Topics.INBOUND, key, "{\"type\":\"MessageReceived\",\"header\":{}}".getBytes(StandardCharsets.UTF_8));
        kafka.publish(Topics.INBOUND, key, next);

        ConsumerRecord<String, byte[]> dead = kafka.awaitRecords(
                        Topics.deadLetter(Topics.INBOUND), record -> key.equals(record.key()), 1, WAIT)
                .get(0);
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).contains("\"header\":{}");
        assertThat(dead.headers().lastHeader("dead-letter-reason")).isNotNull();
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("not a valid InboundEvent");
        kafka.awaitEvents(
                Topics.OUTBOUND_TELEGRAM,
                OutboundCommand.class,
                c -> c.tenantId().equals(tenant),
                1,
                WAIT);
    }

    private static String tenantWithRule(String keyword, String reply) {
        String tenant = Operator.newTenant();
        given().auth()
                .oauth2(TestTokens.admin(tenant))
                .contentType("application/json")
                .body(Map.of(
                        "name", keyword,
                        "trigger", Map.of("type", "KEYWORDS", "keywords", List.of(keyword)),
                        "action", Map.of("type", "REPLY", "text", reply)))
                .post("/api/v1/rules")
                .then()
                .statusCode(201);
        return tenant;
    }
}
