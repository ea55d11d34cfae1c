package io.switchboard.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a request into an RFC 9457 problem response: the caller learns what to fix, never sees a
 * stack trace, and a server fault is logged once with an incident id that the response repeats.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final URI BLANK = URI.create("about:blank");

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new Problem(e.type(), e.title(), e.status(), e.detail(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::fieldError)
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem(
                URI.create("https://switchboard.dev/problems/validation"),
                "Invalid input",
                400,
                detail,
                path(uri),
                errors));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String detail = e instanceof JsonMappingException mapping
                        && !mapping.getPath().isEmpty()
                ? "The JSON body is not valid at " + mapping.getPathReference().replaceFirst("^[^\\[]*", "") + ": "
                        + e.getOriginalMessage()
                : "The body is not valid JSON: " + e.getOriginalMessage();
        return respond(new Problem(
                URI.create("https://switchboard.dev/problems/malformed-json"),
                "Malformed JSON",
                400,
                detail,
                path(uri),
                List.of()));
    }

    /** Quarkus has a built-in mapper for this subtype, with a plain JSON body: ours replaces it. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(UriInfo uri) {
        Response response = respond(new Problem(
                BLANK,
                "Unauthorized",
                401,
                "A valid bearer token is required (Authorization: Bearer <token>).",
                path(uri),
                List.of()));
        return Response.fromResponse(response)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(
                BLANK, "Forbidden", 403, "Your token does not allow this operation.", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        // The default message only repeats the status line; say nothing rather than say it twice.
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP " + status) ? null : e.getMessage();
        return respond(new Problem(BLANK, title, status, detail, path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure incident=%s path=%s", incident, path(uri));
        return respond(new Problem(
                BLANK,
                "Internal Server Error",
                500,
                "Something went wrong on our side. Incident " + incident + " has been logged.",
                path(uri),
                List.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // Method-parameter paths read "register.request.accessToken" (a body's field) or "list.page" (a query
        // parameter): the caller knows neither the method nor the body parameter's name.
        String[] parts = path.split("\\.");
        String field = switch (parts.length) {
            case 0, 1 -> path;
            case 2 -> parts[1];
            default -> String.join(".", List.of(parts).subList(2, parts.length));
        };
        return new Problem.FieldError(field, violation.getMessage());
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
