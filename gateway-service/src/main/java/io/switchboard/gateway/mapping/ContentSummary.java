package io.switchboard.gateway.mapping;

import io.switchboard.contract.content.Content;
import io.switchboard.contract.outbound.OutboundContent;
import java.util.Locale;

/** The message log's kind and human-readable body for any content, both ways. */
public final class ContentSummary {

    private ContentSummary() {}

    public static String kindOf(Content content) {
        return switch (content) {
            case Content.Text text -> "text";
            case Content.Media media -> media.kind().name().toLowerCase(Locale.ROOT);
            case Content.Location location -> "location";
            case Content.Contacts contacts -> "contacts";
            case Content.Order order -> "order";
            case Content.Unsupported unsupported -> "unsupported";
        };
    }

    public static String bodyOf(Content content) {
        return switch (content) {
            case Content.Text text -> text.body();
            case Content.Media media -> media.caption();
            case Content.Location location ->
                location.name() != null ? location.name() : location.latitude() + "," + location.longitude();
            case Content.Contacts contacts -> contacts.contacts().size() + " contact(s)";
            case Content.Order order ->
                order.text() != null ? order.text() : order.items().size() + " item(s)";
            case Content.Unsupported unsupported -> "[" + unsupported.platformType() + "]";
        };
    }

    public static String kindOf(OutboundContent content) {
        return switch (content) {
            case OutboundContent.Text text -> "text";
            case OutboundContent.Media media -> media.kind().name().toLowerCase(Locale.ROOT);
            case OutboundContent.Choices choices -> "choices";
            case OutboundContent.Template template -> "template";
            case OutboundContent.Reaction reaction -> "reaction";
            case OutboundContent.Location location -> "location";
            case OutboundContent.Contacts contacts -> "contacts";
            case OutboundContent.LinkButton button -> "link";
            case OutboundContent.Product product -> "product";
            case OutboundContent.ProductList list -> "product_list";
            case OutboundContent.CatalogMessage catalog -> "catalog";
            case OutboundContent.MediaGroup group -> "media_group";
            case OutboundContent.Edit edit -> "edit";
            case OutboundContent.Delete delete -> "delete";
            case OutboundContent.TypingIndicator typing -> "typing";
            case OutboundContent.MarkAsRead read -> "read";
        };
    }

    public static String bodyOf(OutboundContent content) {
        return switch (content) {
            case OutboundContent.Text text -> text.body();
            case OutboundContent.Media media -> media.caption();
            case OutboundContent.Choices choices -> choices.body();
            case OutboundContent.Template template -> "[template " + template.name() + "]";
            case OutboundContent.Reaction reaction -> reaction.emoji();
            case OutboundContent.Location location -> location.name();
            case OutboundContent.Contacts contacts -> contacts.contacts().size() + " contact(s)";
            case OutboundContent.LinkButton button -> button.body();
            case OutboundContent.Product product -> product.body();
            case OutboundContent.ProductList list -> list.body();
            case OutboundContent.CatalogMessage catalog -> catalog.body();
            case OutboundContent.MediaGroup group -> group.items().get(0).caption();
            case OutboundContent.Edit edit -> edit.body();
            case OutboundContent.Delete delete -> null;
            case OutboundContent.TypingIndicator typing -> null;
            case OutboundContent.MarkAsRead read -> null;
        };
    }
}
