package io.switchboard.contract;

import io.switchboard.contract.content.ContactCard;
import io.switchboard.contract.content.Content;
import io.switchboard.contract.content.MediaKind;
import io.switchboard.contract.content.OrderItem;
import io.switchboard.contract.delivery.DeliveryState;
import io.switchboard.contract.delivery.PlatformError;
import io.switchboard.contract.inbound.AdReferral;
import io.switchboard.contract.inbound.BotCommand;
import io.switchboard.contract.inbound.ChoiceSelected;
import io.switchboard.contract.inbound.ConversationMigrated;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.contract.inbound.InboundHeader;
import io.switchboard.contract.inbound.MemberStatus;
import io.switchboard.contract.inbound.MembershipChanged;
import io.switchboard.contract.inbound.MessageDetails;
import io.switchboard.contract.inbound.MessageEdited;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.contract.inbound.ProductReference;
import io.switchboard.contract.inbound.ReactionReceived;
import io.switchboard.contract.inbound.StatusChanged;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One instance of every kind, built the way producers build them. */
final class SampleEvents {

    static final ConversationRef CHAT = ConversationRef.direct("wa-1", "393401234567");
    static final Sender GIULIA = new Sender("393401234567", "Giulia", "393401234567", null, "it");

    private SampleEvents() {}

    static InboundHeader header() {
        return InboundHeader.received(
                "studio-rossi", Platform.WHATSAPP, CHAT, "wamid.SAMPLE", Instant.parse("2026-11-25T09:15:00Z"));
    }

    static MessageReceived received(Content content) {
        return new MessageReceived(header(), GIULIA, null, content);
    }

    static List<Content> everyContentKind() {
        return List.of(
                new Content.Text("ciao"),
                new Content.Media(
                        MediaKind.DOCUMENT,
                        "1234567890",
                        "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1",
                        "application/pdf",
                        "b1946ac92492d2347c6235b4d2611184",
                        "preventivo",
                        "preventivo.pdf",
                        48213L),
                new Content.Location(45.4642, 9.19, null, null),
                new Content.Contacts(List.of(new ContactCard("Luca Bianchi", List.of("+39 02 1234567"), null, null))),
                new Content.Order(
                        "cat-1", "Vorrei questi", List.of(new OrderItem("SEC-01", 2, new BigDecimal("90.00"), "EUR"))),
                new Content.Unsupported("poll", "Telegram poll"));
    }

    static List<InboundEvent> everyInboundKind() {
        InboundHeader header = header();
        return List.of(
                new MessageReceived(header, GIULIA, "wamid.QUOTED", new Content.Text("prezzi")),
                new MessageEdited(header, GIULIA, new Content.Text("prezzi?"), Instant.parse("2026-11-25T09:16:00Z")),
                new StatusChanged(header, DeliveryState.FAILED, new PlatformError("131026", "Undeliverable", null)),
                new ReactionReceived(header, GIULIA, "wamid.TARGET", "👍"),
                new ChoiceSelected(header, GIULIA, "audit", "Audit sicurezza", "wamid.MENU"),
                new MembershipChanged(
                        header, GIULIA, Sender.of("8000000001"), true, MemberStatus.MEMBER, MemberStatus.ADMINISTRATOR),
                new ConversationMigrated(header, "-1001234567890"));
    }

    /** A message with every detail a platform can add. */
    static MessageReceived detailed() {
        return new MessageReceived(
                header(),
                GIULIA,
                null,
                new Content.Text("/start promo-natale"),
                new MessageDetails(
                        true,
                        false,
                        new AdReferral("https://fb.me/ad", "ad", "120", "Audit", "Sconto", "image", null, "clid-1"),
                        new ProductReference("cat-1", "SEC-01"),
                        new BotCommand("start", "promo-natale")));
    }
}
