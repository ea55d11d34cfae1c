package io.switchboard.catalog.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A short list of short, non-blank tags. Checked as one field (rather than per element) so the problem names
 * {@code tags}, not a container-element path the caller never wrote.
 */
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = Tags.Validator.class)
public @interface Tags {

    int MAX_TAGS = 30;
    int MAX_LENGTH = 50;

    String message() default "must be at most " + MAX_TAGS + " tags of 1 to " + MAX_LENGTH + " characters each";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Tags, List<String>> {

        @Override
        public boolean isValid(List<String> tags, ConstraintValidatorContext context) {
            if (tags == null) {
                return true;
            }
            return tags.size() <= MAX_TAGS
                    && tags.stream()
                            .allMatch(tag ->
                                    tag != null && !tag.isBlank() && tag.strip().length() <= MAX_LENGTH);
        }
    }
}
