package io.switchboard.contract.outbound;

import java.util.Objects;

/**
 * One option offered to the customer; the {@code id} comes back in a
 * {@link io.switchboard.contract.inbound.ChoiceSelected}.
 *
 * @param section the list section it belongs to (lists only); options of one section are kept together in order
 */
public record Choice(String id, String title, String description, String section) {

    public Choice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    public static Choice of(String id, String title) {
        return new Choice(id, title, null, null);
    }
}
