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
        };
    }

    public static String bodyOf(OutboundContent content) {
        return switch (content) {
            case OutboundContent.Text text -> text.body();
            case OutboundContent.Media media -> media.caption();
            case OutboundContent.Choices choices -> choices.body();
            case OutboundContent.Template template -> "[template " + template.name() + "]";
            case OutboundContent.Reaction reaction -> reaction.emoji();
        };
    }
}
