package io.switchboard.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.content.Content;
import io.switchboard.contract.content.MediaKind;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.inbound.ChoiceSelected;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.contract.inbound.MessageEdited;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.contract.inbound.ReactionReceived;
import io.switchboard.contract.inbound.StatusChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InboundEventJsonTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "inbound/message-received-text.json",
                "inbound/message-received-media-group.json",
                "inbound/message-received-withheld-phone.json",
                "inbound/message-edited.json",
                "inbound/status-changed-failed.json",
                "inbound/reaction-removed.json",
                "inbound/choice-selected.json"
            })
    void everyExampleIsSchemaValidAndSurvivesARoundTrip(String example) {
        JsonNode json = Examples.json(example);
        assertThat(ContractSchemas.violations(ContractSchemas.INBOUND_EVENT, json))
                .isEmpty();

        InboundEvent event = ContractJson.fromJson(json.toString(), InboundEvent.class);
        assertThat(Examples.reparsed(event)).isEqualTo(json);
    }

    @Test
    void aTextMessageReadsAsMessageReceivedWithItsConversationKey() {
        InboundEvent event =
                ContractJson.fromJson(Examples.text("inbound/message-received-text.json"), InboundEvent.class);

        assertThat(event).isInstanceOf(MessageReceived.class);
        MessageReceived received = (MessageReceived) event;
        assertThat(received.content()).isEqualTo(new Content.Text("Buongiorno, quali sono i prezzi?"));
        assertThat(received.header().conversationKey()).isEqualTo("studio-rossi:wa-1:393401234567");
        assertThat(received.sender().phone()).isEqualTo("393401234567");
    }

    @Test
    void aSenderWithoutPhoneNumberIsValid() {
        MessageReceived event = (MessageReceived) ContractJson.fromJson(
                Examples.text("inbound/message-received-withheld-phone.json"), InboundEvent.class);

        assertThat(event.sender().phone()).isNull();
        assertThat(event.sender().username()).isEqualTo("giulia.design");
    }

    @Test
    void aReactionWithoutEmojiIsARemovedReaction() {
        ReactionReceived event = (ReactionReceived)
                ContractJson.fromJson(Examples.text("inbound/reaction-removed.json"), InboundEvent.class);

        assertThat(event.removed()).isTrue();
    }

    @Test
    void anEmptyEmojiAsOlderWhatsAppPayloadsSendItAlsoMeansRemoved() {
        ObjectNode json = (ObjectNode) Examples.json("inbound/reaction-removed.json");
        json.put("emoji", "");

        ReactionReceived event = (ReactionReceived) ContractJson.fromJson(json.toString(), InboundEvent.class);

        assertThat(event.removed()).isTrue();
        assertThat(ContractJson.mapper().valueToTree(event).has("emoji")).isFalse();
    }

    @Test
    void unknownFieldsFromANewerProducerAreIgnored() {
        ObjectNode json = (ObjectNode) Examples.json("inbound/message-received-text.json");
        json.put("addedInVersion2", "anything");
        ((ObjectNode) json.get("header")).put("region", "eu");
        ((ObjectNode) json.get("content")).put("entities", "[]");

        InboundEvent event = ContractJson.fromJson(json.toString(), InboundEvent.class);

        assertThat(event).isInstanceOf(MessageReceived.class);
    }

    @Test
    void anEventWithoutTenantIsRejectedByTheRecordsAndTheSchema() {
        ObjectNode json = (ObjectNode) Examples.json("inbound/message-received-text.json");
        ((ObjectNode) json.get("header")).remove("tenantId");

        assertThat(ContractSchemas.violations(ContractSchemas.INBOUND_EVENT, json))
                .contains("tenantId");
        assertThatThrownBy(() -> ContractJson.fromJson(json.toString(), InboundEvent.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("tenantId");
    }

    @Test
    void anUnknownEventTypeIsRejected() {
        ObjectNode json = (ObjectNode) Examples.json("inbound/message-received-text.json");
        json.put("type", "MessageExploded");

        assertThat(ContractSchemas.violations(ContractSchemas.INBOUND_EVENT, json))
                .isNotEmpty();
        assertThatThrownBy(() -> ContractJson.fromJson(json.toString(), InboundEvent.class))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void everyEventKindBuiltInJavaIsSchemaValid() {
        for (InboundEvent event : SampleEvents.everyInboundKind()) {
            JsonNode json = ContractJson.mapper().valueToTree(event);
            assertThat(ContractSchemas.violations(ContractSchemas.INBOUND_EVENT, json))
                    .as(event.getClass().getSimpleName())
                    .isEmpty();
            assertThat(ContractJson.fromJson(json.toString(), InboundEvent.class))
                    .isEqualTo(event);
        }
    }

    @Test
    void everyContentKindBuiltInJavaIsSchemaValid() {
        for (Content content : SampleEvents.everyContentKind()) {
            JsonNode json = ContractJson.mapper().valueToTree(SampleEvents.received(content));
            assertThat(ContractSchemas.violations(ContractSchemas.INBOUND_EVENT, json))
                    .as(content.getClass().getSimpleName())
                    .isEmpty();
        }
    }

    @Test
    void aMessagesDetailsSurviveARoundTripAndAreSchemaValid() {
        MessageReceived detailed = SampleEvents.detailed();
        JsonNode json = ContractJson.mapper().valueToTree(detailed);

        assertThat(ContractSchemas.violations(ContractSchemas.INBOUND_EVENT, json))
                .isEmpty();
        MessageReceived read = (MessageReceived) ContractJson.fromJson(json.toString(), InboundEvent.class);
        assertThat(read).isEqualTo(detailed);
        assertThat(read.details().command().isStart()).isTrue();
        assertThat(read.details().referral().clickId()).isEqualTo("clid-1");
    }

    @Test
    void aMessageFromAnOlderProducerHasNoDetails() {
        MessageReceived read = (MessageReceived)
                ContractJson.fromJson(Examples.text("inbound/message-received-text.json"), InboundEvent.class);

        assertThat(read.details()).isNull();
    }

    @Test
    void anEditAndTheOriginalMessageHaveDifferentDeduplicationKeys() {
        MessageReceived original = SampleEvents.received(new Content.Text("prezzi"));
        MessageEdited edit = new MessageEdited(
                original.header(),
                original.sender(),
                new Content.Text("prezzi?"),
                original.header().receivedAt());

        assertThat(edit.deduplicationKey()).isNotEqualTo(original.deduplicationKey());
    }

    @Test
    void everyEventKindHasItsOwnDeduplicationKeyForOnePlatformMessage() {
        assertThat(SampleEvents.everyInboundKind().stream()
                        .map(InboundEvent::deduplicationKey)
                        .distinct())
                .hasSize(SampleEvents.everyInboundKind().size());
    }

    @Test
    void mediaRequiresAPlatformReference() {
        assertThatThrownBy(() -> new Content.Media(MediaKind.IMAGE, null, null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("platformMediaRef");
    }

    @Test
    void aFailedStatusCarriesThePlatformError() {
        StatusChanged status = (StatusChanged)
                ContractJson.fromJson(Examples.text("inbound/status-changed-failed.json"), InboundEvent.class);

        assertThat(status.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(status.error().code()).isEqualTo("131047");
    }

    @Test
    void aChoiceCarriesTheIdTheBusinessGaveIt() {
        ChoiceSelected choice = (ChoiceSelected)
                ContractJson.fromJson(Examples.text("inbound/choice-selected.json"), InboundEvent.class);

        assertThat(choice.choiceId()).isEqualTo("book-consultation");
    }
}
