package io.switchboard.simulator.service.whatsapp;

import static io.switchboard.simulator.service.whatsapp.JsonParameters.length;
import static io.switchboard.simulator.service.whatsapp.JsonParameters.optionalText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.simulator.model.PlatformAnswer;
import io.switchboard.simulator.model.whatsapp.BusinessProfile;
import io.switchboard.simulator.model.whatsapp.SimulatedNumber;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET|POST /{version}/{phone-number-id}/whatsapp_business_profile}: the profile customers see, with the
 * limits of the spec's {@code WhatsAppBusinessProfileUpdateRequest} (about 1-139, address and description up to 256,
 * email up to 128, at most 2 websites, a known vertical).
 */
@ApplicationScoped
public class BusinessProfileOperations {

    private static final String NODE_TYPE = "WhatsAppBusinessProfile";
    private static final Set<String> FIELDS = Set.of(
            "messaging_product",
            "about",
            "address",
            "description",
            "email",
            "profile_picture_url",
            "websites",
            "vertical");
    private static final Set<String> VERTICALS = Set.of(
            "OTHER",
            "AUTO",
            "BEAUTY",
            "APPAREL",
            "EDU",
            "ENTERTAIN",
            "EVENT_PLAN",
            "FINANCE",
            "GROCERY",
            "GOVT",
            "HOTEL",
            "HEALTH",
            "NONPROFIT",
            "PROF_SERVICES",
            "RETAIL",
            "TRAVEL",
            "RESTAURANT",
            "ALCOHOL",
            "ONLINE_GAMBLING",
            "PHYSICAL_GAMBLING",
            "OTC_DRUGS");

    private final ObjectMapper mapper;

    BusinessProfileOperations(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public PlatformAnswer read(SimulatedNumber number, String fields) {
        Map<String, Object> all = number.businessProfile().fields();
        Map<String, Object> answer = new LinkedHashMap<>();
        if (fields == null || fields.isBlank()) {
            answer.putAll(all);
        } else {
            for (String field :
                    Arrays.stream(fields.split(",")).map(String::trim).toList()) {
                if (!FIELDS.contains(field)) {
                    throw GraphApiException.nonexistingField(field, NODE_TYPE);
                }
                if (all.containsKey(field)) {
                    answer.put(field, all.get(field));
                }
            }
        }
        return PlatformAnswer.ok(Map.of("data", List.of(Map.of("business_profile", answer))));
    }

    public PlatformAnswer update(SimulatedNumber number, String body) {
        JsonNode update = parse(body);
        String product = JsonParameters.requiredText(update, "messaging_product", "messaging_product");
        if (!"whatsapp".equals(product)) {
            throw GraphApiException.invalidParameter(
                    "Param messaging_product must be one of {WHATSAPP} - got \"" + product + "\".");
        }
        BusinessProfile current = number.businessProfile();
        String about = checked(update, "about", 1, 139, current.about());
        String address = checked(update, "address", 0, 256, current.address());
        String description = checked(update, "description", 0, 256, current.description());
        String email = checked(update, "email", 0, 128, current.email());
        if (update.has("email") && !email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw GraphApiException.invalidParameter("Param email must be a valid email address.");
        }
        String vertical = optionalText(update, "vertical");
        if (vertical != null && !VERTICALS.contains(vertical)) {
            throw GraphApiException.invalidParameter("Param vertical must be a valid business vertical.");
        }
        String picture = optionalText(update, "profile_picture_handle") == null
                ? current.profilePictureUrl()
                : "https://pps.whatsapp.net/v/simulated/" + number.id() + "/" + System.nanoTime() + ".jpg";
        number.updateBusinessProfile(new BusinessProfile(
                about,
                address,
                description,
                email,
                picture,
                update.has("websites") ? websites(update.get("websites")) : current.websites(),
                vertical == null ? current.vertical() : vertical));
        return PlatformAnswer.ok(Map.of("success", true));
    }

    private static String checked(JsonNode update, String field, int min, int max, String current) {
        if (!update.has(field)) {
            return current;
        }
        String value = update.get(field).asText();
        if (length(value) < min || length(value) > max) {
            throw GraphApiException.invalidParameter(
                    "Param " + field + " must be between " + min + " and " + max + " characters long.");
        }
        return value;
    }

    private static List<String> websites(JsonNode websites) {
        if (!websites.isArray() || websites.size() > 2) {
            throw GraphApiException.invalidParameter("Param websites must be an array of at most 2 URLs.");
        }
        List<String> urls = new ArrayList<>();
        for (JsonNode website : websites) {
            String url = website.asText();
            if (!url.matches("https?://\\S+") || url.length() > 256) {
                throw GraphApiException.invalidParameter(
                        "Param websites must hold http(s) URLs of up to 256" + " characters.");
            }
            urls.add(url);
        }
        return List.copyOf(urls);
    }

    private JsonNode parse(String body) {
        try {
            JsonNode json = body == null || body.isBlank() ? null : mapper.readTree(body);
            if (json == null || !json.isObject()) {
                throw GraphApiException.invalidParameter("The parameter messaging_product is required.");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw GraphApiException.invalidParameter("The request body is not valid JSON.");
        }
    }
}
