package io.switchboard.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error response of every Switchboard service.
 *
 * @param type identifies the kind of problem; {@code about:blank} when the HTTP status says it all
 * @param instance the request path that failed
 * @param errors for validation problems, one entry per invalid field
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input field: where it is and what is wrong with it. */
    public record FieldError(String field, String message) {}
}
