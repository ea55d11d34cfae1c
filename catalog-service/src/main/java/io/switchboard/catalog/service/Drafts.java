package io.switchboard.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Validates drafts that did not arrive as a request body (merged patches, import rows); bodies are validated by the
 * resources' {@code @Valid}.
 */
@ApplicationScoped
public class Drafts {

    private final Validator validator;

    Drafts(Validator validator) {
        this.validator = validator;
    }

    public <T> Set<ConstraintViolation<T>> violations(T draft) {
        return validator.validate(draft);
    }

    /** Throws what {@code @Valid} would: the caller gets the same 400 problem listing each invalid field. */
    public <T> T requireValid(T draft) {
        Set<ConstraintViolation<T>> violations = violations(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return draft;
    }
}
