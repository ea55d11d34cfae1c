package io.switchboard.common.problem;

import java.net.URI;

/**
 * A failure the caller can act on, with the problem document that tells them how. Thrown by services and resources;
 * turned into a response by {@link ProblemMappers}.
 */
public class ProblemException extends RuntimeException {

    private static final String TYPE_BASE = "https://switchboard.dev/problems/";

    private final int status;
    private final String slug;
    private final String title;

    public ProblemException(int status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public URI type() {
        return URI.create(TYPE_BASE + slug);
    }
}
