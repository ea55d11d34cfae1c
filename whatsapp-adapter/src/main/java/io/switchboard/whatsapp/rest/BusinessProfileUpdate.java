package io.switchboard.whatsapp.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A change to the business profile; absent fields stay as they are. Limits from Meta's business profile reference:
 * about 1-139 characters, address 256, description 512, email 128, at most 2 websites of 256 with their scheme, the
 * vertical from Meta's list.
 *
 * @param profilePictureHandle the handle of a picture uploaded with Meta's Resumable Upload API
 */
public record BusinessProfileUpdate(
        @Size(min = 1, max = 139) String about,
        @Size(max = 256) String address,
        @Size(max = 512) String description,
        @Email @Size(max = 128) String email,

        @Size(max = 2, message = "WhatsApp shows at most 2 websites")
        List<
                        @Size(max = 256)
                        @Pattern(regexp = "https?://\\S+", message = "must start with http:// or https://") String>
                websites,

        @Pattern(regexp = VERTICALS, message = "must be one of Meta's verticals: " + VERTICALS)
        String vertical,

        @Size(min = 1, max = 4096) String profilePictureHandle) {

    /** The {@code WhatsAppBusinessVertical} values of the Graph API spec. */
    static final String VERTICALS =
            "OTHER|AUTO|BEAUTY|APPAREL|EDU|ENTERTAIN|EVENT_PLAN|FINANCE|GROCERY|GOVT|HOTEL|HEALTH"
                    + "|NONPROFIT|PROF_SERVICES|RETAIL|TRAVEL|RESTAURANT|ALCOHOL|ONLINE_GAMBLING|PHYSICAL_GAMBLING|OTC_DRUGS";

    public boolean changesNothing() {
        return about == null
                && address == null
                && description == null
                && email == null
                && websites == null
                && vertical == null
                && profilePictureHandle == null;
    }
}
