package io.switchboard.telegram.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.contract.content.ContactCard;
import io.switchboard.contract.content.Content;
import io.switchboard.contract.content.MediaKind;
import io.switchboard.contract.inbound.MessageReceived;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageContentNormalisationTests {

    private static Content contentOf(String fixture) {
        return Updates.event(fixture, MessageReceived.class).content();
    }

    @Test
    void aTextMessageBecomesText() {
        assertThat(contentOf("message-text.json")).isEqualTo(new Content.Text("Buongiorno, quali sono i prezzi?"));
    }

    @Test
    void aPhotoBecomesAnImageOfItsLargestSizeWithTheCaption() {
        assertThat(contentOf("message-photo.json"))
                .isEqualTo(new Content.Media(
                        MediaKind.IMAGE,
                        "AgACAgQAAxkBAAIBZ2Zp_large",
                        null,
                        null,
                        null,
                        "Il preventivo",
                        null,
                        98765L));
    }

    @Test
    void aVoiceNoteBecomesVoiceMedia() {
        assertThat(contentOf("message-voice.json"))
                .isEqualTo(new Content.Media(
                        MediaKind.VOICE, "AwACAgQAAxkBAAIBY2ZpZWxkX2lk", null, "audio/ogg", null, null, null, 24310L));
    }

    @Test
    void anAudioFileKeepsItsNameAndCaption() {
        assertThat(contentOf("message-audio.json"))
                .isEqualTo(new Content.Media(
                        MediaKind.AUDIO,
                        "CQACAgQAAxkBAAIBaudio",
                        null,
                        "audio/mpeg",
                        null,
                        "la musica",
                        "jingle.mp3",
                        2883584L));
    }

    @Test
    void aVideoBecomesVideoMedia() {
        Content.Media media = (Content.Media) contentOf("message-video.json");
        assertThat(media.kind()).isEqualTo(MediaKind.VIDEO);
        assertThat(media.platformMediaRef()).isEqualTo("BAACAgQAAxkBAAIBvideo");
        assertThat(media.caption()).isEqualTo("Il cantiere");
        assertThat(media.fileName()).isEqualTo("cantiere.mp4");
    }

    @Test
    void aRoundVideoMessageBecomesAVideoNote() {
        Content.Media media = (Content.Media) contentOf("message-video-note.json");
        assertThat(media.kind()).isEqualTo(MediaKind.VIDEO_NOTE);
        assertThat(media.platformMediaRef()).isEqualTo("DQACAgQAAxkBAAIBnote");
    }

    @Test
    void aDocumentKeepsItsFileNameAndMimeType() {
        assertThat(contentOf("message-document.json"))
                .isEqualTo(new Content.Media(
                        MediaKind.DOCUMENT,
                        "BQACAgQAAxkBAAIBdoc",
                        null,
                        "application/pdf",
                        null,
                        "La planimetria",
                        "planimetria.pdf",
                        456789L));
    }

    @Test
    void aVideoStickerBecomesAStickerInWebm() {
        Content.Media media = (Content.Media) contentOf("message-sticker.json");
        assertThat(media.kind()).isEqualTo(MediaKind.STICKER);
        assertThat(media.mimeType()).isEqualTo("video/webm");
    }

    @Test
    void anAnimationIsOneAnimationAlthoughTelegramAlsoSendsItAsADocument() {
        Content.Media media = (Content.Media) contentOf("message-animation.json");
        assertThat(media.kind()).isEqualTo(MediaKind.ANIMATION);
        assertThat(media.platformMediaRef()).isEqualTo("CgACAgQAAxkBAAIBanim");
    }

    @Test
    void aSharedLocationBecomesALocationWithoutName() {
        assertThat(contentOf("message-location.json")).isEqualTo(new Content.Location(45.464203, 9.189982, null, null));
    }

    @Test
    void aVenueIsOneLocationWithNameAndAddressAlthoughTelegramAlsoSendsItsLocation() {
        assertThat(contentOf("message-venue.json"))
                .isEqualTo(new Content.Location(45.464203, 9.189982, "Studio Rossi", "Via Roma 1, Milano"));
    }

    @Test
    void aSharedContactBecomesAContactCard() {
        assertThat(contentOf("message-contact.json"))
                .isEqualTo(new Content.Contacts(
                        List.of(new ContactCard("Marco Verdi", List.of("+393401234567"), null, null))));
    }

    @Test
    void aPollIsKeptAsUnsupportedWithItsType() {
        Content.Unsupported unsupported = (Content.Unsupported) contentOf("message-poll.json");
        assertThat(unsupported.platformType()).isEqualTo("poll");
        assertThat(unsupported.description()).contains("poll");
    }

    @Test
    void aDiceIsKeptAsUnsupportedWithItsType() {
        assertThat(((Content.Unsupported) contentOf("message-dice.json")).platformType())
                .isEqualTo("dice");
    }

    @Test
    void aServiceMessageIsKeptAsUnsupportedWithItsType() {
        assertThat(((Content.Unsupported) contentOf("message-new-chat-members.json")).platformType())
                .isEqualTo("new_chat_members");
    }
}
