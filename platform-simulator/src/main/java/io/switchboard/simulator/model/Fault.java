package io.switchboard.simulator.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A fault to inject into the next matching platform API calls: answer with the platform's error envelope for
 * {@code status} (and {@code code}, {@code subcode}, {@code message}, {@code retryAfter}), and/or answer only after
 * {@code delayMs}.
 *
 * @param method only calls with this HTTP method (any when absent)
 * @param pathContains only calls whose (redacted) path contains this, e.g. {@code /messages} or {@code /sendMessage}
 * @param times how many calls the fault hits (default 1)
 * @param code the Graph error code (default by status: 130429 for 429, 1 for 5xx, 100 otherwise); unused for Telegram
 * @param retryAfter Telegram's {@code parameters.retry_after} (default 5 on a 429)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fault(
        @NotNull Platform platform,
        @Pattern(regexp = "GET|POST|PUT|DELETE") String method,
        String pathContains,
        @Min(1) Integer times,
        @Min(400) @Max(599) Integer status,
        Integer code,
        Integer subcode,
        String message,
        @Min(0) Integer retryAfter,
        @Min(0) @Max(120_000) Long delayMs) {

    public Fault {
        pathContains = pathContains == null ? "" : pathContains;
        times = times == null ? 1 : times;
    }

    @JsonIgnore
    @AssertTrue(message = "give a status, a delayMs, or both")
    public boolean isStatusOrDelay() {
        return status != null || (delayMs != null && delayMs > 0);
    }

    public boolean matches(Platform platform, String method, String path) {
        return this.platform == platform
                && (this.method == null || this.method.equalsIgnoreCase(method))
                && path.contains(pathContains);
    }
}
