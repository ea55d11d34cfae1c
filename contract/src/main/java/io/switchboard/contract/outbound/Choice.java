package io.switchboard.contract.outbound;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * One option offered to the customer; the {@code id} comes back in a
 * {@link io.switchboard.contract.inbound.ChoiceSelected}.
 *
 * @param section the list section it belongs to (lists only); options of one section are kept together in order
 * @param url when set, the option opens this link instead of answering (Telegram URL buttons); platforms without
 *     link options refuse such a choice
 */
public record Choice(String id, String title, String description, String section, String url) {

    public Choice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    public Choice(String id, String title, String description, String section) {
        this(id, title, description, section, null);
    }

    public static Choice of(String id, String title) {
        return new Choice(id, title, null, null, null);
    }

    public static Choice link(String id, String title, String url) {
        return new Choice(id, title, null, null, Objects.requireNonNull(url, "url"));
    }

    @JsonIgnore
    public boolean isLink() {
        return url != null;
    }
}
