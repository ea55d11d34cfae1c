package io.switchboard.telegram.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.content.MediaKind;
import io.switchboard.contract.outbound.OutboundContent;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MediaGroupRenderingTests {

    private final Renderings renderings = new Renderings();

    @Test
    void photosAndVideosGoOutAsOneAlbumWithTheirCaptions() {
        OutboundContent.MediaGroup album = new OutboundContent.MediaGroup(List.of(
                photo("https://rossi.it/1.jpg", "Prima <e> dopo"),
                new OutboundContent.Media(MediaKind.VIDEO, null, "BAACAgQ", null, null)));

        BotApiCall call = renderings.onlyCall(Renderings.command(album, "4412"));

        assertThat(call.method()).isEqualTo("sendMediaGroup");
        assertThat(call.messages()).isEqualTo(2);
        JsonNode request = Renderings.json(call);
        assertThat(request.at("/media/0/type").asText()).isEqualTo("photo");
        assertThat(request.at("/media/0/media").asText()).isEqualTo("https://rossi.it/1.jpg");
        assertThat(request.at("/media/0/caption").asText()).isEqualTo("Prima &lt;e&gt; dopo");
        assertThat(request.at("/media/0/parse_mode").asText()).isEqualTo("HTML");
        assertThat(request.at("/media/1/type").asText()).isEqualTo("video");
        assertThat(request.at("/media/1").has("caption")).isFalse();
        assertThat(request.at("/reply_parameters/message_id").asLong()).isEqualTo(4412);
    }

    @Test
    void aCaptionLongerThan1024CharactersContinuesAsTextAfterTheAlbum() {
        String caption = "Il progetto in dettaglio. ".repeat(60).trim();
        OutboundContent.MediaGroup album = new OutboundContent.MediaGroup(
                List.of(photo("https://rossi.it/1.jpg", caption), photo("https://rossi.it/2.jpg", null)));

        List<BotApiCall> calls = renderings.calls(Renderings.command(album, null));

        assertThat(calls).extracting(BotApiCall::method).containsExactly("sendMediaGroup", "sendMessage");
        assertThat(Renderings.json(calls.get(0)).at("/media/0/caption").asText().length())
                .isLessThanOrEqualTo(1024);
    }

    @Test
    void documentsGoTogether() {
        OutboundContent.MediaGroup album = new OutboundContent.MediaGroup(List.of(
                new OutboundContent.Media(MediaKind.DOCUMENT, null, "BQAC1", null, null),
                new OutboundContent.Media(MediaKind.DOCUMENT, null, "BQAC2", null, null)));

        assertThat(Renderings.json(renderings.onlyCall(Renderings.command(album, null)))
                        .at("/media/1/type")
                        .asText())
                .isEqualTo("document");
    }

    @Test
    void moreThanTenItemsGoAsSeveralAlbumsInOrderAndOnlyTheFirstReplies() {
        OutboundContent.MediaGroup album = new OutboundContent.MediaGroup(IntStream.range(0, 21)
                .mapToObj(i -> photo("https://rossi.it/" + i + ".jpg", null))
                .toList());

        List<BotApiCall> calls = renderings.calls(Renderings.command(album, "4412"));

        assertThat(calls).extracting(BotApiCall::method).containsOnly("sendMediaGroup");
        assertThat(calls).extracting(BotApiCall::messages).containsExactly(7, 7, 7);
        assertThat(Renderings.json(calls.get(0)).at("/media/0/media").asText()).isEqualTo("https://rossi.it/0.jpg");
        assertThat(Renderings.json(calls.get(2)).at("/media/6/media").asText()).isEqualTo("https://rossi.it/20.jpg");
        assertThat(Renderings.json(calls.get(0))
                        .at("/reply_parameters/message_id")
                        .asLong())
                .isEqualTo(4412);
        assertThat(Renderings.json(calls.get(1)).has("reply_parameters")).isFalse();
    }

    @Test
    void albumsAreSplitSoThatNoneIsLeftWithOneItem() {
        assertThat(MediaGroups.albums(IntStream.range(0, 11).boxed().toList()))
                .extracting(List::size)
                .containsExactly(6, 5);
        assertThat(MediaGroups.albums(IntStream.range(0, 10).boxed().toList()))
                .extracting(List::size)
                .containsExactly(10);
    }

    @Test
    void aVoiceNoteCannotBePartOfAnAlbum() {
        OutboundContent.MediaGroup album = new OutboundContent.MediaGroup(List.of(
                photo("https://rossi.it/1.jpg", null),
                new OutboundContent.Media(MediaKind.VOICE, null, "AwAC", null, null)));

        Rendering.Refused refused = renderings.refused(Renderings.command(album, null));

        assertThat(refused.code()).isEqualTo("UNSUPPORTED_CONTENT");
        assertThat(refused.detail()).contains("VOICE");
    }

    @Test
    void aDocumentIsNotMixedWithPhotos() {
        OutboundContent.MediaGroup album = new OutboundContent.MediaGroup(List.of(
                photo("https://rossi.it/1.jpg", null),
                new OutboundContent.Media(MediaKind.DOCUMENT, null, "BQAC1", null, null)));

        assertThat(renderings.refused(Renderings.command(album, null)).title()).contains("does not mix");
    }

    private static OutboundContent.Media photo(String link, String caption) {
        return new OutboundContent.Media(MediaKind.IMAGE, link, null, caption, null);
    }
}
