package io.switchboard.simulator.service.whatsapp;

import static io.switchboard.simulator.service.whatsapp.JsonParameters.length;
import static io.switchboard.simulator.service.whatsapp.JsonParameters.optionalText;
import static io.switchboard.simulator.service.whatsapp.JsonParameters.requiredArray;
import static io.switchboard.simulator.service.whatsapp.JsonParameters.requiredObject;
import static io.switchboard.simulator.service.whatsapp.JsonParameters.requiredText;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * WhatsApp's rules for the commerce messages, from the spec's {@code HeaderObject}, {@code ActionObject} and
 * {@code SectionObject}: a single product (a catalog and a product, no header), a product list (a text header, a
 * catalog, 1-10 sections of at most 30 products in all), and the catalog message (a body; its thumbnail is optional,
 * as the API accepts it without one although the spec's schema requires it).
 */
@ApplicationScoped
public class CommerceRules {

    static final int MAX_SECTIONS = 10;
    static final int MAX_PRODUCTS = 30;
    private static final String ACTION = "interactive['action']";

    void checkProduct(JsonNode interactive, JsonNode action) {
        if (interactive.hasNonNull("header")) {
            throw GraphApiException.invalidParameter("Param interactive['header'] cannot be set for product messages.");
        }
        requiredText(action, "catalog_id", ACTION + "['catalog_id']");
        requiredText(action, "product_retailer_id", ACTION + "['product_retailer_id']");
    }

    void checkProductList(JsonNode interactive, JsonNode action) {
        JsonNode header = requiredObject(interactive, "header", "interactive['header']");
        if (!"text".equals(optionalText(header, "type"))) {
            throw GraphApiException.invalidParameter(
                    "Param interactive['header']['type'] must be \"text\" for product lists.");
        }
        requiredText(header, "text", "interactive['header']['text']");
        requiredText(action, "catalog_id", ACTION + "['catalog_id']");
        JsonNode sections = requiredArray(action, "sections", ACTION + "['sections']");
        if (sections.isEmpty() || sections.size() > MAX_SECTIONS) {
            throw GraphApiException.invalidParameterValue(
                    "Invalid sections count. Min allowed sections: 1, Max allowed sections: " + MAX_SECTIONS);
        }
        int products = 0;
        for (int s = 0; s < sections.size(); s++) {
            String path = ACTION + "['sections'][" + s + "]";
            JsonNode section = sections.get(s);
            String title = optionalText(section, "title");
            if (sections.size() > 1 && (title == null || title.isBlank())) {
                throw GraphApiException.invalidParameterValue(
                        "Section title is required when a product list has more than one section.");
            }
            if (length(title) > 24) {
                throw GraphApiException.invalidParameterValue("Section title length invalid. Max length: 24");
            }
            JsonNode items = requiredArray(section, "product_items", path + "['product_items']");
            if (items.isEmpty()) {
                throw GraphApiException.invalidParameterValue(
                        "Invalid product_items count in section. Min allowed product_items: 1");
            }
            for (int i = 0; i < items.size(); i++) {
                requiredText(
                        items.get(i),
                        "product_retailer_id",
                        path + "['product_items'][" + i + "]['product_retailer_id']");
            }
            products += items.size();
        }
        if (products > MAX_PRODUCTS) {
            throw GraphApiException.invalidParameterValue(
                    "Total product_items count exceed max allowed count: " + MAX_PRODUCTS);
        }
    }

    void checkCatalogMessage(JsonNode action) {
        if (!"catalog_message".equals(optionalText(action, "name"))) {
            throw GraphApiException.invalidParameter("Param " + ACTION + "['name'] must be \"catalog_message\".");
        }
        JsonNode parameters = action.get("parameters");
        if (parameters != null && !parameters.isObject()) {
            throw GraphApiException.invalidParameter("Param " + ACTION + "['parameters'] must be a JSON object.");
        }
    }
}
