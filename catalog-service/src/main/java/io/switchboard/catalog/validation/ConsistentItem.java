package io.switchboard.catalog.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.switchboard.catalog.model.ItemDraft;
import io.switchboard.catalog.model.ItemType;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Rules across an item's fields: a price needs its currency and no more decimals than that currency has, and only
 * services have a duration. Each broken rule is reported on the field to fix.
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ConsistentItem.Validator.class)
public @interface ConsistentItem {

    String message() default "is inconsistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentItem, ItemDraft> {

        /** Funds and metals (XAU) have no minor unit; the column keeps four decimals. */
        private static final int STORED_DECIMALS = 4;

        @Override
        public boolean isValid(ItemDraft item, ConstraintValidatorContext context) {
            if (item == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (item.price() != null && item.currency() == null) {
                valid = violation(context, "currency", "is required when a price is given");
            }
            if (item.price() != null && item.currency() != null) {
                int decimals = allowedDecimals(item.currency());
                if (decimals >= 0 && decimalsOf(item.price()) > decimals) {
                    valid = violation(
                            context,
                            "price",
                            "has more decimals than " + item.currency() + " allows (" + decimals + ")");
                }
            }
            if (item.duration() != null && ItemType.PRODUCT.name().equals(item.type())) {
                valid = violation(context, "duration", "applies to services only");
            }
            return valid;
        }

        private static int allowedDecimals(String currencyCode) {
            try {
                int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
                return digits < 0 ? STORED_DECIMALS : digits;
            } catch (IllegalArgumentException unknownCurrency) {
                // @IsoCurrency reports it; there is nothing to compare the decimals with.
                return -1;
            }
        }

        private static int decimalsOf(BigDecimal price) {
            return Math.max(0, price.stripTrailingZeros().scale());
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode(field)
                    .addConstraintViolation();
            return false;
        }
    }
}
