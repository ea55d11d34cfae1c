package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Bot API {@code Chat}.
 *
 * @param type {@code private}, {@code group}, {@code supergroup} or {@code channel}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Chat(long id, String type, String title, String username, String firstName, String lastName) {

    /** The name a person would recognise the chat by. */
    public String displayName() {
        if (title != null) {
            return title;
        }
        if (lastName == null || lastName.isBlank()) {
            return firstName;
        }
        return firstName == null ? lastName : firstName + " " + lastName;
    }
}
