package io.switchboard.contract.outbound;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.switchboard.contract.content.MediaKind;
import java.util.List;
import java.util.Objects;

/**
 * What the business sends, in platform-neutral form. Each adapter renders it natively (WhatsApp interactive messages,
 * Telegram inline keyboards) and checks the platform's limits before sending.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(OutboundContent.Text.class),
    @JsonSubTypes.Type(OutboundContent.Media.class),
    @JsonSubTypes.Type(OutboundContent.Choices.class),
    @JsonSubTypes.Type(OutboundContent.Template.class),
    @JsonSubTypes.Type(OutboundContent.Reaction.class)
})
public sealed interface OutboundContent {

    /** Text; adapters split it where the platform's limit requires (4096 characters on both today). */
    @JsonTypeName("TEXT")
    record Text(String body, boolean previewUrl) implements OutboundContent {
        public Text {
            Objects.requireNonNull(body, "body");
        }

        public static Text of(String body) {
            return new Text(body, false);
        }
    }

    /**
     * A file to send, either by public link or by an id the platform already holds.
     *
     * @param link an HTTPS URL the platform downloads
     * @param platformMediaId a media id or Telegram {@code file_id} already on the platform
     */
    @JsonTypeName("MEDIA")
    record Media(MediaKind kind, String link, String platformMediaId, String caption, String fileName)
            implements OutboundContent {
        public Media {
            Objects.requireNonNull(kind, "kind");
            if ((link == null) == (platformMediaId == null)) {
                throw new IllegalArgumentException("exactly one of link and platformMediaId is required");
            }
        }
    }

    /**
     * A question with options to pick from.
     *
     * @param buttonLabel the label of the button that opens a list (lists only)
     */
    @JsonTypeName("CHOICES")
    record Choices(
            String body, String header, String footer, ChoiceStyle style, String buttonLabel, List<Choice> options)
            implements OutboundContent {
        public Choices {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(style, "style");
            options = options == null ? List.of() : List.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("a choice needs at least one option");
            }
        }
    }

    /** A pre-approved WhatsApp template: the only way to write first or after the 24-hour window. */
    @JsonTypeName("TEMPLATE")
    record Template(String name, String language, List<TemplateParameter> parameters) implements OutboundContent {
        public Template {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(language, "language");
            parameters = parameters == null ? List.of() : List.copyOf(parameters);
        }
    }

    /**
     * A reaction to a message in the conversation.
     *
     * @param emoji the reaction; {@code null} removes ours
     */
    @JsonTypeName("REACTION")
    record Reaction(String targetPlatformMessageId, String emoji) implements OutboundContent {
        public Reaction {
            Objects.requireNonNull(targetPlatformMessageId, "targetPlatformMessageId");
        }
    }
}
