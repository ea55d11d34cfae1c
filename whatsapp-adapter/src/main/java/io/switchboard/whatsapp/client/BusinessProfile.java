package io.switchboard.whatsapp.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * The fields of {@code whatsapp_business_profile}, read ({@code profile_picture_url}) or written
 * ({@code profile_picture_handle}); absent fields are left out of a write, so Meta keeps them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BusinessProfile(
        @JsonProperty("messaging_product") String messagingProduct,
        String about,
        String address,
        String description,
        String email,
        List<String> websites,
        String vertical,
        @JsonProperty("profile_picture_url") String profilePictureUrl,
        @JsonProperty("profile_picture_handle") String profilePictureHandle) {

    /**
     * {@code GET .../whatsapp_business_profile} answers a list of one: the profile itself in Meta's reference, wrapped
     * in {@code business_profile} in the spec's example. Both are read.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<JsonNode> data) {

        private static final ObjectMapper JSON =
                new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

        public BusinessProfile first() {
            if (data == null || data.isEmpty()) {
                throw new GraphApiException(200, "no-profile", null, null, "The Graph API returned no profile");
            }
            JsonNode entry = data.get(0);
            JsonNode profile = entry.path("business_profile").isObject() ? entry.path("business_profile") : entry;
            try {
                return JSON.treeToValue(profile, BusinessProfile.class);
            } catch (JsonProcessingException e) {
                throw new GraphApiException(
                        200, "bad-profile", null, null, "The Graph API returned an unreadable profile");
            }
        }
    }
}
