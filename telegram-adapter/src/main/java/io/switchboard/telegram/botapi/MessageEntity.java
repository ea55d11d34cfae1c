package io.switchboard.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Bot API {@code MessageEntity}: a span of a text. Offsets and lengths count UTF-16 code units, which is what Java
 * strings index by, so {@link #textIn} needs no conversion even when emoji (two units each) precede the span.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MessageEntity(String type, int offset, int length, String url) {

    /** The part of {@code text} this entity covers. */
    public String textIn(String text) {
        return text.substring(offset, offset + length);
    }
}
