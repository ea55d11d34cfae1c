package io.switchboard.gateway.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A rule as a tenant writes it.
 *
 * @param channelId limit the rule to one channel; absent for all channels
 * @param priority lower runs first (default 100)
 * @param enabled default true
 */
public record RuleRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull @Valid RuleTrigger trigger,
        @NotNull @Valid RuleAction action,
        @Size(max = 100) String channelId,
        @Min(0) @Max(10_000) Integer priority,
        Boolean enabled) {}
