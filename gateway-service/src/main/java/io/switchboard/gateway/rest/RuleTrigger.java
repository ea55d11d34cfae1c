package io.switchboard.gateway.rest;

import io.switchboard.gateway.entity.TriggerType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** When a rule fires: for {@code KEYWORDS}, when the customer's text mentions one of them. */
public record RuleTrigger(
        @NotNull TriggerType type, @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> keywords) {}
