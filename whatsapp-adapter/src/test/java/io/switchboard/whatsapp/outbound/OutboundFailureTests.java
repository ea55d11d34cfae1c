package io.switchboard.whatsapp.outbound;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.Topics;
import io.switchboard.contract.channel.ChannelEvent;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.outbound.Choice;
import io.switchboard.contract.outbound.ChoiceStyle;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import io.switchboard.whatsapp.support.CommandSender;
import io.switchboard.whatsapp.support.Registrations;
import io.switchboard.whatsapp.support.Simulator;
import io.switchboard.whatsapp.support.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What cannot be sent is receipted FAILED with a reason; nothing the platform would refuse is sent. */
@QuarkusTest
class OutboundFailureTests {

    @Test
    void contentOverWhatsAppsLimitsFailsBeforeAnythingIsSent() {
        Registrations.Registered channel = Registrations.freshChannel();
        List<Choice> four = List.of(Choice.of("a", "A"), Choice.of("b", "B"), Choice.of("c", "C"), Choice.of("d", "D"));

        OutboundCommand command = Outbound.send(
                channel, new OutboundContent.Choices("Pick", null, null, ChoiceStyle.BUTTONS, null, four), null);

        DeliveryReceipt receipt = Outbound.receipts(command, 1).get(0);
        assertThat(receipt.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(receipt.error().code()).isEqualTo("content-rejected");
        assertThat(receipt.error().detail()).contains("at most 3 reply buttons");
        assertThat(Outbound.sentBodies(channel)).isEmpty();
    }

    @Test
    void aCommandForAnUnknownChannelFails() {
        OutboundCommand command = CommandSender.command(
                "t-" + UUID.randomUUID(),
                UUID.randomUUID().toString(),
                Outbound.CUSTOMER,
                OutboundContent.Text.of("Hi"),
                null);
        CommandSender.send(command);

        DeliveryReceipt receipt = Outbound.receipts(command, 1).get(0);
        assertThat(receipt.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(receipt.error().code()).isEqualTo("channel-unavailable");
    }

    @Test
    void aCommandForARemovedChannelFails() {
        Registrations.Registered channel = Registrations.freshChannel();
        given().auth()
                .oauth2(channel.adminToken())
                .delete("/api/v1/channels/whatsapp/" + channel.channelId())
                .then()
                .statusCode(204);

        OutboundCommand command = Outbound.send(channel, OutboundContent.Text.of("Still there?"), null);

        assertThat(Outbound.receipts(command, 1).get(0).error().code()).isEqualTo("channel-unavailable");
        assertThat(Outbound.sentBodies(channel)).isEmpty();
    }

    @Test
    void aCommandNamingAnotherTenantsChannelFails() {
        Registrations.Registered channel = Registrations.freshChannel();
        OutboundCommand command = CommandSender.command(
                "t-" + UUID.randomUUID(), channel.channelId(), Outbound.CUSTOMER, OutboundContent.Text.of("Hi"), null);
        CommandSender.send(command);

        assertThat(Outbound.receipts(command, 1).get(0).error().code()).isEqualTo("channel-unavailable");
        assertThat(Outbound.sentBodies(channel)).isEmpty();
    }

    @Test
    void aRefusedTokenFailsWithCode190AndMarksTheChannelUnhealthy() {
        Registrations.Registered channel = Registrations.freshChannel();
        WhatsAppNumber number = channel.number();
        // The business revoked the token in Meta's dashboard: Meta now knows the number with another one.
        Simulator.client()
                .addWhatsAppNumber(new WhatsAppNumber(
                        number.phoneNumberId(),
                        number.wabaId(),
                        number.displayPhoneNumber(),
                        number.verifiedName(),
                        "EAAG-rotated-" + UUID.randomUUID(),
                        number.appSecret()));

        OutboundCommand command = Outbound.send(channel, OutboundContent.Text.of("Hello"), null);

        DeliveryReceipt receipt = Outbound.receipts(command, 1).get(0);
        assertThat(receipt.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(receipt.error().code()).isEqualTo("190");
        given().auth()
                .oauth2(channel.adminToken())
                .get("/api/v1/channels/whatsapp/" + channel.channelId())
                .then()
                .body("health", equalTo("UNHEALTHY"))
                .body("healthDetail", containsString("PATCH /api/v1/channels/whatsapp/" + channel.channelId()));
        given().get("/q/health/ready").then().body(containsString(channel.channelId()));
        assertThat(TopicReader.readToEnd(
                        Topics.CHANNELS,
                        ChannelEvent.class,
                        event -> event.channelId().equals(channel.channelId())))
                .extracting(keyed -> keyed.event().health())
                .containsExactly(ChannelHealth.HEALTHY, ChannelHealth.UNHEALTHY);
    }

    @Test
    void aRecordThatIsNoCommandGoesToTheDeadLetterTopic() {
        String key = "poison-" + UUID.randomUUID();

        CommandSender.sendRaw(key, "{\"not\": \"a command\"}".getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicReader.records(Topics.deadLetter(Topics.OUTBOUND_WHATSAPP)).stream()
                        .anyMatch(record -> key.equals(record.key())));
    }
}
