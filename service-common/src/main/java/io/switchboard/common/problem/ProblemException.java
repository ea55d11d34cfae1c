package io.switchboard.common.problem;

import java.net.URI;
import java.util.List;

/**
 * A failure the caller can act on, with the problem document that tells them how. Thrown by services and resources;
 * turned into a response by {@link ProblemMappers}.
 */
public class ProblemException extends RuntimeException {

    private static final String TYPE_BASE = "https://switchboard.dev/problems/";

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** For validation problems: each invalid field (or {@code [row].field} of a list). */
    public List<Problem.FieldError> errors() {
        return errors;
    }

    public String detail() {
        return getMessage();
    }

    public URI type() {
        return URI.create(TYPE_BASE + slug);
    }
}
