package io.switchboard.whatsapp.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.contract.ChatType;
import io.switchboard.contract.Platform;
import io.switchboard.contract.content.ContactCard;
import io.switchboard.contract.content.Content;
import io.switchboard.contract.content.MediaKind;
import io.switchboard.contract.inbound.MessageReceived;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageNormalizationTests {

    private final Webhooks webhooks = new Webhooks();

    @Test
    void aTextBecomesMessageReceivedWithTheTextInTheSendersConversation() {
        MessageReceived message = (MessageReceived) webhooks.single("text.json");

        assertThat(message.content()).isEqualTo(new Content.Text("Does it come in another color?"));
        assertThat(message.header().platformMessageId())
                .isEqualTo("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=");
        assertThat(message.header().platform()).isEqualTo(Platform.WHATSAPP);
        assertThat(message.header().tenantId()).isEqualTo(Webhooks.TENANT);
        assertThat(message.header().platformTimestamp()).isEqualTo(Instant.ofEpochSecond(1749416383));
        assertThat(message.header().conversation().chatType()).isEqualTo(ChatType.DIRECT);
        assertThat(message.header().conversationKey()).isEqualTo("tenant-a:" + Webhooks.CHANNEL + ":16505551234");
        assertThat(message.replyToPlatformMessageId()).isNull();
    }

    @Test
    void aQuotedMessageKeepsWhatItRepliesTo() {
        MessageReceived message = (MessageReceived) webhooks.single("text-with-context.json");

        assertThat(message.replyToPlatformMessageId())
                .isEqualTo("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGA9wcm9kdWN0X2lucXVpcnkA");
    }

    @Test
    void aTextFromAnAdIsStillTheText() {
        MessageReceived message = (MessageReceived) webhooks.single("text-from-ad.json");

        assertThat(message.content()).isEqualTo(new Content.Text("Hello! Can I get more info on this?"));
    }

    @Test
    void anImageKeepsItsMediaIdMimeTypeHashAndCaption() {
        Content.Media media = media("image.json");

        assertThat(media.kind()).isEqualTo(MediaKind.IMAGE);
        assertThat(media.platformMediaRef()).isEqualTo("1003383421387256");
        assertThat(media.mimeType()).isEqualTo("image/jpeg");
        assertThat(media.sha256()).isEqualTo("SfInY0gGKTsJlUWbwxC1k+FAD0FZHvzwfpvO0zX0GUI=");
        assertThat(media.caption()).isEqualTo("Taj Mahal");
    }

    @Test
    void aVoiceNoteIsVoiceAndKeepsItsDownloadUrl() {
        Content.Media media = media("audio-voice.json");

        assertThat(media.kind()).isEqualTo(MediaKind.VOICE);
        assertThat(media.mimeType()).isEqualTo("audio/ogg; codecs=opus");
        assertThat(media.url()).startsWith("https://lookaside.fbsbx.com/");
    }

    @Test
    void aRecordingThatIsNoVoiceNoteIsAudio() {
        assertThat(media("audio.json").kind()).isEqualTo(MediaKind.AUDIO);
    }

    @Test
    void aVideoKeepsItsCaption() {
        Content.Media media = media("video.json");

        assertThat(media.kind()).isEqualTo(MediaKind.VIDEO);
        assertThat(media.caption()).isEqualTo("Unboxing");
    }

    @Test
    void aDocumentKeepsItsFileName() {
        Content.Media media = media("document.json");

        assertThat(media.kind()).isEqualTo(MediaKind.DOCUMENT);
        assertThat(media.fileName()).isEqualTo("invoice-2025-05.pdf");
        assertThat(media.mimeType()).isEqualTo("application/pdf");
    }

    @Test
    void aStickerIsASticker() {
        Content.Media media = media("sticker.json");

        assertThat(media.kind()).isEqualTo(MediaKind.STICKER);
        assertThat(media.platformMediaRef()).isEqualTo("1156578685885455");
    }

    @Test
    void aLocationKeepsCoordinatesNameAndAddress() {
        MessageReceived message = (MessageReceived) webhooks.single("location.json");

        assertThat(message.content())
                .isEqualTo(new Content.Location(
                        37.44221496582, -122.16165924072, "Philz Coffee", "101 Forest Ave, Palo Alto, CA 94301"));
    }

    @Test
    void sharedContactsKeepNamePhonesAndOrganisation() {
        MessageReceived message = (MessageReceived) webhooks.single("contacts.json");

        assertThat(message.content())
                .isEqualTo(new Content.Contacts(
                        List.of(new ContactCard("Lucía Gómez", List.of("+1 (983) 555-2319"), null, "Google"))));
    }

    private Content.Media media(String fixture) {
        return (Content.Media) ((MessageReceived) webhooks.single(fixture)).content();
    }
}
