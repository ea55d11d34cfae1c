package io.switchboard.whatsapp.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A business phone number as {@code GET /{version}/{phone-number-id}} describes it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PhoneNumber(
        String id,
        @JsonProperty("display_phone_number") String displayPhoneNumber,
        @JsonProperty("verified_name") String verifiedName,
        @JsonProperty("quality_rating") String qualityRating,
        Throughput throughput,
        @JsonProperty("is_on_biz_app") Boolean onBusinessApp) {

    /** Messages per second Meta lets the number send: {@code STANDARD} (80/s) or a higher tier. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Throughput(String level) {}

    public String throughputLevel() {
        return throughput == null ? null : throughput.level();
    }

    /** Also used in the WhatsApp Business app (coexistence), which lowers its throughput. */
    public boolean coexistence() {
        return Boolean.TRUE.equals(onBusinessApp);
    }
}
