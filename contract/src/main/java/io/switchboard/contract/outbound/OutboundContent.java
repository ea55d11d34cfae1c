package io.switchboard.contract.outbound;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.switchboard.contract.content.ContactCard;
import io.switchboard.contract.content.MediaKind;
import java.util.List;
import java.util.Objects;

/**
 * What the business sends, in platform-neutral form. Each adapter renders it natively (WhatsApp interactive messages,
 * Telegram inline keyboards) and checks the platform's limits before sending. A kind a platform does not offer (a
 * product message on Telegram, deleting a sent message on WhatsApp) is answered with a FAILED receipt saying so, never
 * faked.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(OutboundContent.Text.class),
    @JsonSubTypes.Type(OutboundContent.Media.class),
    @JsonSubTypes.Type(OutboundContent.Choices.class),
    @JsonSubTypes.Type(OutboundContent.Template.class),
    @JsonSubTypes.Type(OutboundContent.Reaction.class),
    @JsonSubTypes.Type(OutboundContent.Location.class),
    @JsonSubTypes.Type(OutboundContent.Contacts.class),
    @JsonSubTypes.Type(OutboundContent.LinkButton.class),
    @JsonSubTypes.Type(OutboundContent.Product.class),
    @JsonSubTypes.Type(OutboundContent.ProductList.class),
    @JsonSubTypes.Type(OutboundContent.CatalogMessage.class),
    @JsonSubTypes.Type(OutboundContent.MediaGroup.class),
    @JsonSubTypes.Type(OutboundContent.Edit.class),
    @JsonSubTypes.Type(OutboundContent.Delete.class),
    @JsonSubTypes.Type(OutboundContent.TypingIndicator.class),
    @JsonSubTypes.Type(OutboundContent.MarkAsRead.class)
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

    /** A place on the map. */
    @JsonTypeName("LOCATION")
    record Location(double latitude, double longitude, String name, String address) implements OutboundContent {}

    /** Contact cards, such as the business's own. */
    @JsonTypeName("CONTACTS")
    record Contacts(List<ContactCard> contacts) implements OutboundContent {
        public Contacts {
            contacts = contacts == null ? List.of() : List.copyOf(contacts);
            if (contacts.isEmpty()) {
                throw new IllegalArgumentException("at least one contact is required");
            }
        }
    }

    /** A message with one button that opens a web page (WhatsApp call-to-action URL, Telegram URL button). */
    @JsonTypeName("LINK_BUTTON")
    record LinkButton(String body, String header, String footer, String label, String url) implements OutboundContent {
        public LinkButton {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(url, "url");
        }
    }

    /**
     * One product of the business's catalog, shown natively (WhatsApp {@code product}).
     *
     * @param catalogId the platform catalog; the channel's own when absent
     */
    @JsonTypeName("PRODUCT")
    record Product(String catalogId, String productRetailerId, String body, String footer) implements OutboundContent {
        public Product {
            Objects.requireNonNull(productRetailerId, "productRetailerId");
        }
    }

    /** Several catalog products in titled sections (WhatsApp {@code product_list}). */
    @JsonTypeName("PRODUCT_LIST")
    record ProductList(String catalogId, String header, String body, String footer, List<ProductSection> sections)
            implements OutboundContent {
        public ProductList {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(body, "body");
            sections = sections == null ? List.of() : List.copyOf(sections);
            if (sections.isEmpty()) {
                throw new IllegalArgumentException("a product list needs at least one section");
            }
        }
    }

    /** An invitation to browse the whole catalog (WhatsApp {@code catalog_message}). */
    @JsonTypeName("CATALOG_MESSAGE")
    record CatalogMessage(String body, String footer, String thumbnailProductRetailerId) implements OutboundContent {
        public CatalogMessage {
            Objects.requireNonNull(body, "body");
        }
    }

    /** Photos and videos sent as one album (Telegram {@code sendMediaGroup}; one message each elsewhere). */
    @JsonTypeName("MEDIA_GROUP")
    record MediaGroup(List<Media> items) implements OutboundContent {
        public MediaGroup {
            items = items == null ? List.of() : List.copyOf(items);
            if (items.size() < 2) {
                throw new IllegalArgumentException("a media group needs at least two items");
            }
        }
    }

    /** Replaces the text of a message the business sent earlier. */
    @JsonTypeName("EDIT")
    record Edit(String targetPlatformMessageId, String body) implements OutboundContent {
        public Edit {
            Objects.requireNonNull(targetPlatformMessageId, "targetPlatformMessageId");
            Objects.requireNonNull(body, "body");
        }
    }

    /** Deletes a message the business sent earlier. */
    @JsonTypeName("DELETE")
    record Delete(String targetPlatformMessageId) implements OutboundContent {
        public Delete {
            Objects.requireNonNull(targetPlatformMessageId, "targetPlatformMessageId");
        }
    }

    /**
     * Shows the customer that the business is typing (WhatsApp: with the customer's message marked as read; Telegram:
     * the {@code typing} chat action).
     *
     * @param replyingToPlatformMessageId the customer's message being answered (WhatsApp needs it)
     */
    @JsonTypeName("TYPING_INDICATOR")
    record TypingIndicator(String replyingToPlatformMessageId) implements OutboundContent {}

    /** Marks a customer's message as read (blue ticks on WhatsApp). */
    @JsonTypeName("MARK_AS_READ")
    record MarkAsRead(String targetPlatformMessageId) implements OutboundContent {
        public MarkAsRead {
            Objects.requireNonNull(targetPlatformMessageId, "targetPlatformMessageId");
        }
    }
}
