package io.switchboard.contract.content;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Objects;

/**
 * What a customer sent. Sealed, so a consumer's {@code switch} covers every kind; a platform type we do not model yet
 * arrives as {@link Unsupported} with its name, never dropped.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(Content.Text.class),
    @JsonSubTypes.Type(Content.Media.class),
    @JsonSubTypes.Type(Content.Location.class),
    @JsonSubTypes.Type(Content.Contacts.class),
    @JsonSubTypes.Type(Content.Order.class),
    @JsonSubTypes.Type(Content.Unsupported.class)
})
public sealed interface Content {

    /** Plain text as the customer typed it. */
    @JsonTypeName("TEXT")
    record Text(String body) implements Content {
        public Text {
            Objects.requireNonNull(body, "body");
        }
    }

    /**
     * A picture, recording, video, file or sticker, held by the platform: only the adapter can fetch it.
     *
     * @param platformMediaRef WhatsApp media id, Telegram {@code file_id}
     * @param url the platform's (short-lived) download URL when it sends one
     */
    @JsonTypeName("MEDIA")
    record Media(
            MediaKind kind,
            String platformMediaRef,
            String url,
            String mimeType,
            String sha256,
            String caption,
            String fileName,
            Long sizeBytes)
            implements Content {
        public Media {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(platformMediaRef, "platformMediaRef");
        }
    }

    /** A shared position; a venue (Telegram) or a named place (WhatsApp) also has a name and an address. */
    @JsonTypeName("LOCATION")
    record Location(double latitude, double longitude, String name, String address) implements Content {}

    @JsonTypeName("CONTACTS")
    record Contacts(List<ContactCard> contacts) implements Content {
        public Contacts {
            contacts = contacts == null ? List.of() : List.copyOf(contacts);
        }
    }

    /**
     * A customer's order from the business's catalog (WhatsApp {@code order}).
     *
     * @param text what the customer wrote with the order
     */
    @JsonTypeName("ORDER")
    record Order(String catalogId, String text, List<OrderItem> items) implements Content {
        public Order {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** A platform message type Switchboard does not model (yet): kept with the platform's name for it. */
    @JsonTypeName("UNSUPPORTED")
    record Unsupported(String platformType, String description) implements Content {
        public Unsupported {
            Objects.requireNonNull(platformType, "platformType");
        }
    }
}
