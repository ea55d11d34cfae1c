package io.switchboard.common.problem;

import java.util.List;

/** The problems every service raises, named by what went wrong. */
public final class Problems {

    private Problems() {}

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", what + " not found", "There is no " + what + " " + id + ".");
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail);
    }

    /** Input that breaks rules the bean constraints cannot express, listed field by field. */
    public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(400, "validation", "Invalid input", detail, errors);
    }

    public static ProblemException conflict(String title, String detail) {
        return new ProblemException(409, "conflict", title, detail);
    }

    /** Well-formed input that cannot be acted on, such as credentials the platform refused. */
    public static ProblemException unprocessable(String slug, String title, String detail) {
        return new ProblemException(422, slug, title, detail);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    public static ProblemException payloadTooLarge(String detail) {
        return new ProblemException(413, "payload-too-large", "Payload too large", detail);
    }

    /** A platform we depend on failed or could not be reached; the caller may retry. */
    public static ProblemException badGateway(String title, String detail) {
        return new ProblemException(502, "upstream-failure", title, detail);
    }

    /** We cannot take the request now without risking its loss (Kafka unavailable); the caller should retry. */
    public static ProblemException unavailable(String detail) {
        return new ProblemException(503, "temporarily-unavailable", "Temporarily unavailable", detail);
    }
}
