package io.switchboard.gateway.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;

/**
 * A token to issue for a tenant.
 *
 * @param subject who will hold it (a person's e-mail, an integration's name): it appears in audit logs
 * @param roles {@code admin} and/or {@code agent}
 * @param ttl ISO-8601 duration such as {@code P30D}; the configured default when absent
 */
public record TokenRequest(
        @NotBlank @Size(max = 200) String subject,
        @NotEmpty List<@Pattern(regexp = "admin|agent", message = "must be admin or agent") String> roles,
        Duration ttl) {}
