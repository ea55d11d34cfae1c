package io.switchboard.contract.inbound;

import com.fasterxml.jackson.annotation.JsonTypeName;
import io.switchboard.contract.Sender;
import java.util.Objects;

/**
 * A customer pressed a button or picked a list row that a business message offered (WhatsApp interactive and template
 * quick replies, Telegram inline keyboards).
 *
 * @param choiceId the id the business gave the choice
 * @param title what the customer saw
 * @param contextPlatformMessageId the message that offered the choice
 */
@JsonTypeName("ChoiceSelected")
public record ChoiceSelected(
        InboundHeader header, Sender sender, String choiceId, String title, String contextPlatformMessageId)
        implements InboundEvent {

    public ChoiceSelected {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(choiceId, "choiceId");
    }

    @Override
    public String deduplicationKey() {
        return "choice:" + header.platformMessageId();
    }
}
