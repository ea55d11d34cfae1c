package io.switchboard.telegram.mapping;

import io.switchboard.contract.content.ContactCard;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The vCard sent with a Telegram contact when the card says more than one phone number and a name: other numbers,
 * e-mail addresses and the organisation would otherwise be lost. Telegram takes up to 2048 bytes.
 */
final class VCards {

    static final int MAX_BYTES = 2048;

    private VCards() {}

    static Optional<String> of(ContactCard card) {
        if (card.phones().size() <= 1
                && card.emails().isEmpty()
                && OutboundRenderer.blankToNull(card.organization()) == null) {
            return Optional.empty();
        }
        StringBuilder vcard = new StringBuilder("BEGIN:VCARD\nVERSION:3.0\n");
        if (card.formattedName() != null) {
            vcard.append("FN:").append(escape(card.formattedName())).append('\n');
        }
        if (OutboundRenderer.blankToNull(card.organization()) != null) {
            vcard.append("ORG:").append(escape(card.organization())).append('\n');
        }
        card.phones()
                .forEach(phone -> vcard.append("TEL:").append(escape(phone)).append('\n'));
        card.emails()
                .forEach(email -> vcard.append("EMAIL:").append(escape(email)).append('\n'));
        vcard.append("END:VCARD");
        String text = vcard.toString();
        // Too long a card goes without its extras rather than fail the send.
        return text.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES ? Optional.of(text) : Optional.empty();
    }

    /** vCard 3.0 text escaping (RFC 2426): backslash, comma, semicolon and line breaks. */
    static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace(",", "\\,")
                .replace(";", "\\;")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }
}
