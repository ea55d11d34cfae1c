package io.switchboard.contract.content;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a customer's order from a business's catalog.
 *
 * @param productRetailerId the business's own id of the product in its catalog
 * @param itemPrice the unit price the customer saw, in {@code currency}
 */
public record OrderItem(String productRetailerId, int quantity, BigDecimal itemPrice, String currency) {

    public OrderItem {
        Objects.requireNonNull(productRetailerId, "productRetailerId");
    }
}
