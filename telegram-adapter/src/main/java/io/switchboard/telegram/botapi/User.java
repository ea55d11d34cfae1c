package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Bot API {@code User}: a person or a bot. Ids need up to 52 bits. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record User(
        long id,
        boolean isBot,
        String firstName,
        String lastName,
        String username,
        String languageCode,
        Boolean canJoinGroups,
        Boolean canReadAllGroupMessages,
        Boolean supportsInlineQueries) {

    /** First and last name as Telegram shows them. */
    public String fullName() {
        if (lastName == null || lastName.isBlank()) {
            return firstName;
        }
        return firstName == null ? lastName : firstName + " " + lastName;
    }
}
