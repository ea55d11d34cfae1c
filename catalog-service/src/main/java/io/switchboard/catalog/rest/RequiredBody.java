package io.switchboard.catalog.rest;

import io.switchboard.common.problem.Problems;

/** A missing request body as a problem that says what to send (rather than a violation on a parameter name). */
final class RequiredBody {

    private RequiredBody() {}

    static <T> T of(T body, String expected) {
        if (body == null) {
            throw Problems.badRequest("The body must be " + expected + ".");
        }
        return body;
    }
}
