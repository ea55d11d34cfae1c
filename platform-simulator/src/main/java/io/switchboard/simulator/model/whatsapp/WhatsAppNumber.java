package io.switchboard.simulator.model.whatsapp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A business phone number as the simulated Graph API knows it, with the credentials Meta would have issued for its
 * app, and how the simulator treats messages sent from it.
 *
 * @param statusProgression the status webhooks that follow each send, in order (default sent, delivered, read)
 * @param undeliverableRecipients recipients whose messages end {@code failed} (131026) after {@code sent}
 */
public record WhatsAppNumber(
        @NotBlank @Pattern(regexp = "\\d+", message = "must be digits")
        String phoneNumberId,

        @NotBlank String wabaId,
        @NotBlank String displayPhoneNumber,
        @NotBlank String verifiedName,
        @NotBlank String accessToken,
        @NotBlank String appSecret,
        @Pattern(regexp = "GREEN|YELLOW|RED|NA|UNKNOWN") String qualityRating,
        @Pattern(regexp = "STANDARD|HIGH|NOT_APPLICABLE") String throughputLevel,
        List<@Pattern(regexp = "sent|delivered|read") String> statusProgression,
        List<String> undeliverableRecipients) {

    public static final List<String> DEFAULT_STATUS_PROGRESSION = List.of("sent", "delivered", "read");

    public WhatsAppNumber {
        qualityRating = qualityRating == null ? "GREEN" : qualityRating;
        throughputLevel = throughputLevel == null ? "STANDARD" : throughputLevel;
        statusProgression = statusProgression == null ? DEFAULT_STATUS_PROGRESSION : List.copyOf(statusProgression);
        undeliverableRecipients = undeliverableRecipients == null ? List.of() : List.copyOf(undeliverableRecipients);
    }

    /** The number as webhooks show it in {@code metadata.display_phone_number}: digits only. */
    public String displayPhoneNumberDigits() {
        return digits(displayPhoneNumber);
    }

    public boolean isUndeliverable(String recipient) {
        String wanted = digits(recipient);
        return undeliverableRecipients.stream()
                .anyMatch(listed -> digits(listed).equals(wanted));
    }

    /** A phone number as a WhatsApp id: {@code +39 02 1234} and {@code 39021234} are the same user. */
    public static String digits(String phoneNumber) {
        return phoneNumber == null ? "" : phoneNumber.replaceAll("\\D", "");
    }
}
