package io.switchboard.whatsapp.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.contract.inbound.AdReferral;
import io.switchboard.contract.inbound.MessageDetails;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.contract.inbound.ProductReference;
import org.junit.jupiter.api.Test;

/** Forwarding marks, the ad that started the chat and the product asked about travel as MessageDetails. */
class MessageDetailsNormalizationTests {

    private final Webhooks webhooks = new Webhooks();

    @Test
    void aPlainMessageHasNoDetails() {
        assertThat(details("text.json")).isNull();
    }

    @Test
    void aForwardedMessageSaysSo() {
        MessageDetails details = details("text-forwarded.json");

        assertThat(details.forwarded()).isTrue();
        assertThat(details.frequentlyForwarded()).isFalse();
    }

    @Test
    void aFrequentlyForwardedMessageIsAlsoForwarded() {
        MessageDetails details = details("text-frequently-forwarded.json");

        assertThat(details.frequentlyForwarded()).isTrue();
        assertThat(details.forwarded()).isTrue();
    }

    @Test
    void aMessageFromAnAdCarriesTheAdAndItsClickId() {
        AdReferral referral = details("text-from-ad.json").referral();

        assertThat(referral.sourceUrl()).isEqualTo("https://fb.me/3cr4Wqqkv");
        assertThat(referral.sourceType()).isEqualTo("ad");
        assertThat(referral.sourceId()).isEqualTo("120226305854810726");
        assertThat(referral.headline()).isEqualTo("Chat with us");
        assertThat(referral.body()).isEqualTo("Summer Succulents are here!");
        assertThat(referral.mediaType()).isEqualTo("image");
        assertThat(referral.mediaUrl()).isEqualTo("https://scontent.xx.fbcdn.net/v/t45.1...");
        assertThat(referral.clickId()).startsWith("Aff-n8ZTODiE79d22KtAwQKj9e");
    }

    @Test
    void aQuestionAboutAProductNamesTheProductAndStillQuotes() {
        MessageReceived message = (MessageReceived) webhooks.single("text-with-context.json");

        assertThat(message.details().referredProduct())
                .isEqualTo(new ProductReference("194836987003835", "di9ozbzfi4"));
        assertThat(message.replyToPlatformMessageId()).isNotNull();
    }

    private MessageDetails details(String fixture) {
        return ((MessageReceived) webhooks.single(fixture)).details();
    }
}
