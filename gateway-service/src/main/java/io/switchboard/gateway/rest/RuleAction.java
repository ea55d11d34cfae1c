package io.switchboard.gateway.rest;

import io.switchboard.gateway.entity.ActionType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a rule does: for {@code REPLY}, answer with {@code text}. */
public record RuleAction(
        @NotNull ActionType type,
        @NotBlank @Size(max = 4096) String text) {}
