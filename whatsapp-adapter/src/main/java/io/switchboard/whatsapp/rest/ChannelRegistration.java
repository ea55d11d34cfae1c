package io.switchboard.whatsapp.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a business copies from Meta's app dashboard and WhatsApp Manager to connect a number.
 *
 * @param accessToken a system-user access token with {@code whatsapp_business_messaging}
 * @param appSecret the Meta app's secret, which signs webhooks
 * @param verifyToken any string the business also enters in Meta's webhook settings
 * @param catalogId the Commerce Manager catalog linked to the number, if any
 */
public record ChannelRegistration(
        @NotBlank @Pattern(regexp = "\\d{1,32}", message = "must be the numeric phone number id from WhatsApp Manager")
        String phoneNumberId,

        @NotBlank @Pattern(regexp = "\\d{1,32}", message = "must be the numeric WhatsApp Business Account id")
        String wabaId,

        @NotBlank @Size(max = 4096) @Pattern(regexp = "\\S+", message = "must not contain whitespace")
        String accessToken,

        @NotBlank
        @Pattern(regexp = "[A-Za-z0-9]{16,128}", message = "must be the app secret (16-128 letters and digits)")
        String appSecret,

        @NotBlank @Size(max = 256) @Pattern(regexp = "\\S+", message = "must not contain whitespace")
        String verifyToken,

        @Pattern(regexp = "\\d{1,32}", message = "must be the numeric catalog id from Commerce Manager")
        String catalogId) {

    /** Secrets stay out of logs and error messages. */
    @Override
    public String toString() {
        return "ChannelRegistration[phoneNumberId=" + phoneNumberId + ", wabaId=" + wabaId + ", catalogId=" + catalogId
                + "]";
    }
}
