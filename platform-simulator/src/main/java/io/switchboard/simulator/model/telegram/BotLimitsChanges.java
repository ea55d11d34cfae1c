package io.switchboard.simulator.model.telegram;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** New flood limits for a bot (control API); every field is optional and the others keep their value. */
public record BotLimitsChanges(
        Boolean enforced,
        @Min(1) @Max(10_000) Integer chatPerSecond,
        @Min(1) @Max(10_000) Integer chatBurst,
        @Min(1) @Max(100_000) Integer groupPerMinute,
        @Min(1) @Max(100_000) Integer botPerSecond) {}
