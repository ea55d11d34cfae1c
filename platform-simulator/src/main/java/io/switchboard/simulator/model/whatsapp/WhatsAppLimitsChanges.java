package io.switchboard.simulator.model.whatsapp;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** New rate limits for a number (control API); every field is optional and the others keep their value. */
public record WhatsAppLimitsChanges(
        Boolean enforced,
        @Min(1) @Max(100_000) Integer throughputPerSecond,
        @Min(1) @Max(10_000) Integer pairBurst,
        @DecimalMin("0.001") @DecimalMax("86400") Double pairIntervalSeconds) {}
