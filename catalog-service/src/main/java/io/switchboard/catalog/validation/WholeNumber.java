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

/**
 * A query parameter holding a whole number within bounds. Numeric query parameters are taken as text because JAX-RS
 * answers a value it cannot convert ({@code page=abc}) with a bare 404; as text, it gets a 400 naming the parameter.
 */
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = WholeNumber.Validator.class)
public @interface WholeNumber {

    long min();

    long max();

    String message() default "must be a whole number from {min} to {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WholeNumber, String> {

        private long min;
        private long max;

        @Override
        public void initialize(WholeNumber bounds) {
            min = bounds.min();
            max = bounds.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                long number = Long.parseLong(value.strip());
                return number >= min && number <= max;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
