package io.switchboard.telegram.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.switchboard.telegram.botapi.ResponseParameters;

/** The envelope of every Bot API answer: {@code result} when {@code ok}, the error fields otherwise. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BotApiResponse(
        boolean ok, JsonNode result, Integer errorCode, String description, ResponseParameters parameters) {}
