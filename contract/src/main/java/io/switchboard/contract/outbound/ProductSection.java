package io.switchboard.contract.outbound;

import java.util.List;
import java.util.Objects;

/** A titled group of catalog products in a product list. */
public record ProductSection(String title, List<String> productRetailerIds) {

    public ProductSection {
        Objects.requireNonNull(title, "title");
        productRetailerIds = productRetailerIds == null ? List.of() : List.copyOf(productRetailerIds);
    }
}
