package io.switchboard.gateway.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new tenant.
 *
 * @param id optional: 2-63 lower-case letters, digits and dashes; derived from the name when absent
 */
public record TenantRequest(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be 2-63 lower-case letters, digits or dashes")
        String id,

        @NotBlank @Size(max = 200) String name) {}
