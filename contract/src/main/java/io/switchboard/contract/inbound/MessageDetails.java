package io.switchboard.contract.inbound;

/**
 * What the platform told us about a message beyond its content. Every part is optional.
 *
 * @param forwarded the customer forwarded it rather than wrote it
 * @param frequentlyForwarded WhatsApp's mark for a message forwarded many times
 * @param referral the ad or post that started the conversation
 * @param referredProduct the catalog product the customer asks about
 * @param command the bot command the text is, if it is one
 */
public record MessageDetails(
        boolean forwarded,
        boolean frequentlyForwarded,
        AdReferral referral,
        ProductReference referredProduct,
        BotCommand command) {

    public static MessageDetails command(BotCommand command) {
        return new MessageDetails(false, false, null, null, command);
    }
}
