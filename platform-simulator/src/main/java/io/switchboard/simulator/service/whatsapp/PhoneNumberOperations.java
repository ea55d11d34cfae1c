package io.switchboard.simulator.service.whatsapp;

import io.switchboard.simulator.model.PlatformAnswer;
import io.switchboard.simulator.model.whatsapp.SimulatedNumber;
import io.switchboard.simulator.model.whatsapp.WhatsAppNumber;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /{version}/{phone-number-id}}: a business phone number's profile, optionally limited by fields. */
@ApplicationScoped
public class PhoneNumberOperations {

    private static final String NODE_TYPE = "WhatsAppBusinessPhoneNumber";
    private static final List<String> DEFAULT_FIELDS = List.of(
            "verified_name",
            "code_verification_status",
            "display_phone_number",
            "quality_rating",
            "platform_type",
            "throughput",
            "id");

    public PlatformAnswer describe(SimulatedNumber number, String fields) {
        Map<String, Object> known = knownFields(number.number());
        List<String> wanted = fields == null || fields.isBlank() ? DEFAULT_FIELDS : requested(fields);
        Map<String, Object> answer = new LinkedHashMap<>();
        for (String field : wanted) {
            if (!known.containsKey(field)) {
                throw GraphApiException.nonexistingField(field, NODE_TYPE);
            }
            answer.put(field, known.get(field));
        }
        answer.put("id", number.id());
        return PlatformAnswer.ok(answer);
    }

    private static List<String> requested(String fields) {
        return Arrays.stream(fields.split(","))
                .map(String::trim)
                .filter(field -> !field.isEmpty())
                .toList();
    }

    private static Map<String, Object> knownFields(WhatsAppNumber number) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("verified_name", number.verifiedName());
        fields.put("code_verification_status", "VERIFIED");
        fields.put("display_phone_number", number.displayPhoneNumber());
        fields.put("quality_rating", number.qualityRating());
        fields.put("platform_type", "CLOUD_API");
        fields.put("throughput", Map.of("level", number.throughputLevel()));
        fields.put("name_status", "APPROVED");
        fields.put("status", "CONNECTED");
        fields.put("account_mode", "LIVE");
        fields.put("messaging_limit_tier", "TIER_1K");
        fields.put("is_official_business_account", false);
        fields.put("id", number.phoneNumberId());
        return fields;
    }
}
