package io.switchboard.whatsapp.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.contract.ChatType;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.delivery.PlatformError;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.contract.inbound.StatusChanged;
import io.switchboard.testsupport.fixtures.Fixtures;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatusNormalizationTests {

    private final UUID messageId = UUID.randomUUID();
    private final Webhooks webhooks = new Webhooks();

    @Test
    void aStatusOfOurMessageIsAReceiptForOurMessageId() {
        webhooks.withSent("wamid.STATUS_SENT_PLACEHOLDER", messageId, Webhooks.CHANNEL);

        NormalizedWebhook normalized = webhooks.normalize("status-sent.json");

        assertThat(normalized.events()).isEmpty();
        DeliveryReceipt receipt = normalized.receipts().get(0);
        assertThat(receipt.messageId()).isEqualTo(messageId);
        assertThat(receipt.state()).isEqualTo(DeliveryState.SENT);
        assertThat(receipt.platformMessageId()).isEqualTo("wamid.STATUS_SENT_PLACEHOLDER");
        assertThat(receipt.channelId()).isEqualTo(Webhooks.CHANNEL);
        assertThat(receipt.occurredAt()).isEqualTo(Instant.ofEpochSecond(1750263773));
    }

    @Test
    void aReadStatusIsARead() {
        webhooks.withSent("wamid.STATUS_READ_PLACEHOLDER", messageId, Webhooks.CHANNEL);

        assertThat(webhooks.normalize("status-read.json").receipts().get(0).state())
                .isEqualTo(DeliveryState.READ);
    }

    @Test
    void aFailedStatusCarriesWhatsAppsCodeTitleAndDetails() {
        webhooks.withSent("wamid.STATUS_FAILED_PLACEHOLDER", messageId, Webhooks.CHANNEL);

        DeliveryReceipt receipt =
                webhooks.normalize("status-failed.json").receipts().get(0);

        assertThat(receipt.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(receipt.error())
                .isEqualTo(new PlatformError("131026", "Message undeliverable", "Message Undeliverable."));
    }

    @Test
    void aStatusOfAMessageWeDidNotSendIsAStatusChangeInTheRecipientsConversation() {
        NormalizedWebhook normalized = webhooks.normalize("status-read.json");

        assertThat(normalized.receipts()).isEmpty();
        StatusChanged changed = (StatusChanged) normalized.events().get(0);
        assertThat(changed.state()).isEqualTo(DeliveryState.READ);
        assertThat(changed.header().platformMessageId()).isEqualTo("wamid.STATUS_READ_PLACEHOLDER");
        assertThat(changed.header().conversation().externalChatId()).isEqualTo("16505551234");
        assertThat(changed.header().conversation().chatType()).isEqualTo(ChatType.DIRECT);
    }

    @Test
    void aStatusNamingAnotherChannelsMessageIsNotAReceiptForIt() {
        webhooks.withSent(
                "wamid.STATUS_SENT_PLACEHOLDER", messageId, UUID.randomUUID().toString());

        NormalizedWebhook normalized = webhooks.normalize("status-sent.json");

        assertThat(normalized.receipts()).isEmpty();
        assertThat(normalized.events()).hasSize(1).first().isInstanceOf(StatusChanged.class);
    }

    @Test
    void everyMessageAndStatusOfEveryEntryIsNormalisedInOrder() {
        NormalizedWebhook normalized = webhooks.normalize("batch-two-messages-and-status.json");

        assertThat(normalized.events())
                .extracting(InboundEvent::getClass)
                .containsExactly(MessageReceived.class, MessageReceived.class, StatusChanged.class);
        assertThat(normalized.events().get(1).header().platformMessageId())
                .isEqualTo("wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTAwMDAwMDAwMDAwMDAwMDAyAA==");
    }

    @Test
    void aStatusTheContractHasNoStateForIsIgnored() {
        String body = Fixtures.text("webhooks/status-read.json").replace("\"read\"", "\"deleted\"");

        NormalizedWebhook normalized = webhooks.normalizeJson(body);

        assertThat(normalized.size()).isZero();
        assertThat(normalized.ignored()).isEqualTo(1);
    }

    @Test
    void aBodyThatIsNotAnObjectIsMalformed() {
        assertThatThrownBy(() -> webhooks.normalizeJson("[1, 2]")).isInstanceOf(MalformedWebhookException.class);
    }
}
