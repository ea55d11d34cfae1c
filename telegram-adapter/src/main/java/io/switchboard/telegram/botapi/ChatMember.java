package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Bot API {@code ChatMember}, any of its six kinds, reduced to whose it is and their standing.
 *
 * @param status {@code creator}, {@code administrator}, {@code member}, {@code restricted}, {@code left} or
 *     {@code kicked}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChatMember(String status, User user) {}
