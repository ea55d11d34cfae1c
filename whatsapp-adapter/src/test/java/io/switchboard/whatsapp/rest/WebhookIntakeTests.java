package io.switchboard.whatsapp.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.contract.Topics;
import io.switchboard.contract.content.Content;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.whatsapp.support.TestChannels;
import io.switchboard.whatsapp.support.TestSends;
import io.switchboard.whatsapp.support.TopicReader;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A signed body is answered 200 only once its events are on Kafka: they can be read back the moment it answers. */
@QuarkusTest
class WebhookIntakeTests {

    @Inject
    TestChannels channels;

    @Inject
    TestSends sends;

    @Test
    void aMessageIsOnTheInboundTopicKeyedByConversationWhenTheWebhookIsAnswered() {
        TestChannels.Channel channel = channels.create();

        Webhook.deliver(channel, Webhook.fixture("text.json")).statusCode(200).body("events", equalTo(1));

        List<TopicReader.Keyed<InboundEvent>> published = inboundOf(channel);
        assertThat(published).hasSize(1);
        MessageReceived message = (MessageReceived) published.get(0).event();
        assertThat(published.get(0).key()).isEqualTo(channel.tenantId() + ":" + channel.id() + ":16505551234");
        assertThat(message.content()).isEqualTo(new Content.Text("Does it come in another color?"));
    }

    @Test
    void everyEventOfABodyWithSeveralIsPublishedTogether() {
        TestChannels.Channel channel = channels.create();

        Webhook.deliver(channel, Webhook.fixture("batch-two-messages-and-status.json"))
                .statusCode(200)
                .body("events", equalTo(3));

        assertThat(inboundOf(channel))
                .extracting(keyed -> keyed.event().getClass().getSimpleName())
                .containsExactly("MessageReceived", "MessageReceived", "StatusChanged");
    }

    @Test
    void aStatusOfAMessageWeSentIsAReceiptOnTheDeliveryTopicKeyedByChannel() {
        TestChannels.Channel channel = channels.create();
        String wamid = "wamid." + UUID.randomUUID();
        UUID messageId = sends.sent(channel, wamid);

        Webhook.deliver(
                        channel,
                        Webhook.fixture("status-failed.json").replace("wamid.STATUS_FAILED_PLACEHOLDER", wamid))
                .statusCode(200);

        List<TopicReader.Keyed<DeliveryReceipt>> receipts = TopicReader.readToEnd(
                Topics.DELIVERY,
                DeliveryReceipt.class,
                receipt -> receipt.messageId().equals(messageId));
        assertThat(receipts).hasSize(1);
        assertThat(receipts.get(0).key()).isEqualTo(channel.id().toString());
        assertThat(receipts.get(0).event().state()).isEqualTo(DeliveryState.FAILED);
        assertThat(receipts.get(0).event().error().code()).isEqualTo("131026");
        assertThat(inboundOf(channel)).isEmpty();
    }

    @Test
    void aBodyWithoutMessagesIsAcknowledgedWithNothingPublished() {
        TestChannels.Channel channel = channels.create();

        Webhook.deliver(channel, Webhook.fixture("group-create.json"))
                .statusCode(200)
                .body("events", equalTo(0));

        assertThat(inboundOf(channel)).isEmpty();
    }

    @Test
    void aSignedBodyThatIsNotJsonIsABadRequest() {
        TestChannels.Channel channel = channels.create();

        Webhook.deliver(channel, "{\"object\": \"whatsapp_business_account\", \"entry\": [")
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aSignedJsonThatIsNotAWebhookIsABadRequest() {
        TestChannels.Channel channel = channels.create();

        Webhook.deliver(channel, "[\"not\", \"a\", \"webhook\"]").statusCode(400);
    }

    private static List<TopicReader.Keyed<InboundEvent>> inboundOf(TestChannels.Channel channel) {
        return TopicReader.readToEnd(
                Topics.INBOUND,
                InboundEvent.class,
                event -> event.header().channelId().equals(channel.id().toString()));
    }
}
