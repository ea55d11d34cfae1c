package io.switchboard.whatsapp.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.contract.content.Content;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.testsupport.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/** Kinds the contract does not model arrive as Unsupported content with WhatsApp's name: never dropped. */
class UnsupportedNormalizationTests {

    private final Webhooks webhooks = new Webhooks();

    @Test
    void aChangedNumberSystemMessageSaysWhatChanged() {
        Content.Unsupported content = unsupported("system.json");

        assertThat(content.platformType()).isEqualTo("system");
        assertThat(content.description()).startsWith("user_changed_number: User Sheena Nelson changed");
    }

    @Test
    void aWelcomeRequestIsKept() {
        assertThat(unsupported("request-welcome.json").platformType()).isEqualTo("request_welcome");
    }

    @Test
    void anUnsupportedMessageCarriesMetasReason() {
        Content.Unsupported content = unsupported("unsupported.json");

        assertThat(content.platformType()).isEqualTo("unsupported");
        assertThat(content.description()).isEqualTo("Message type is currently not supported.");
    }

    @Test
    void anUnsupportedMessageNamesItsTypeWhenMetaDoes() {
        assertThat(unsupported("unsupported-typed.json").description()).contains("'edit'");
    }

    @Test
    void aTypeNobodyKnowsYetIsKeptWithItsName() {
        String fromTheFuture =
                Fixtures.text("webhooks/text.json").replace("\"type\": \"text\"", "\"type\": \"hologram\"");

        MessageReceived message =
                (MessageReceived) webhooks.normalizeJson(fromTheFuture).events().get(0);

        assertThat(message.content())
                .isEqualTo(
                        new Content.Unsupported("hologram", "WhatsApp message type 'hologram' is not modelled yet."));
    }

    private Content.Unsupported unsupported(String fixture) {
        return (Content.Unsupported) ((MessageReceived) webhooks.single(fixture)).content();
    }
}
