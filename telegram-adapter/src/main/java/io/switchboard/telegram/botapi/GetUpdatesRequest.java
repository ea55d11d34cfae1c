package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Parameters of {@code getUpdates}.
 *
 * @param offset the first update wanted; confirms (and makes Telegram forget) every update below it
 * @param timeout long-poll seconds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GetUpdatesRequest(long offset, int limit, int timeout, List<String> allowedUpdates) {}
