package io.switchboard.whatsapp.mapping;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.ProductSection;
import java.util.HashSet;
import java.util.Set;

/**
 * Catalog products as interactive {@code product}, {@code product_list} and {@code catalog_message} messages (the
 * spec's "Send Single Product Message", "Send Multi-Product Message" and "Send Catalog Message" examples).
 */
final class CommerceRenderer {

    private CommerceRenderer() {}

    /** A product message has no header; its body is optional. */
    static ObjectNode product(OutboundCommand command, OutboundContent.Product product, String channelCatalogId) {
        String catalogId = catalog(product.catalogId(), channelCatalogId);
        Checks.present(product.productRetailerId(), "The product retailer id");
        ObjectNode message = Envelope.of(command, "interactive", true);
        ObjectNode interactive = Envelope.interactive(
                message, "product", null, product.body(), WhatsAppLimits.INTERACTIVE_BODY, product.footer());
        interactive
                .putObject("action")
                .put("catalog_id", catalogId)
                .put("product_retailer_id", product.productRetailerId());
        return message;
    }

    /** A product list needs a text header and a body; at most 30 products in at most 10 titled sections. */
    static ObjectNode productList(OutboundCommand command, OutboundContent.ProductList list, String channelCatalogId) {
        String catalogId = catalog(list.catalogId(), channelCatalogId);
        Checks.present(list.header(), "The header of a product list");
        if (list.sections().size() > WhatsAppLimits.PRODUCT_LIST_SECTIONS) {
            throw ContentRejectedException.limit("A product list holds at most " + WhatsAppLimits.PRODUCT_LIST_SECTIONS
                    + " sections, not " + list.sections().size() + ".");
        }
        int items = list.sections().stream()
                .mapToInt(section -> section.productRetailerIds().size())
                .sum();
        if (items > WhatsAppLimits.PRODUCT_LIST_ITEMS) {
            throw ContentRejectedException.limit("A product list holds at most " + WhatsAppLimits.PRODUCT_LIST_ITEMS
                    + " products in all, not " + items + ".");
        }
        ObjectNode message = Envelope.of(command, "interactive", true);
        ObjectNode interactive = Envelope.interactive(
                message, "product_list", list.header(), list.body(), WhatsAppLimits.INTERACTIVE_BODY, list.footer());
        ObjectNode action = interactive.putObject("action").put("catalog_id", catalogId);
        ArrayNode sections = action.putArray("sections");
        Set<String> seen = new HashSet<>();
        for (ProductSection section : list.sections()) {
            Checks.present(section.title(), "A product section title");
            Checks.within(
                    section.title(),
                    WhatsAppLimits.PRODUCT_SECTION_TITLE,
                    "Product section title '" + section.title() + "'");
            if (section.productRetailerIds().isEmpty()) {
                throw ContentRejectedException.limit(
                        "Product section '" + section.title() + "' is empty; each section needs a product.");
            }
            ObjectNode sectionJson = sections.addObject().put("title", section.title());
            ArrayNode products = sectionJson.putArray("product_items");
            for (String retailerId : section.productRetailerIds()) {
                Checks.present(retailerId, "A product retailer id");
                if (!seen.add(retailerId)) {
                    throw ContentRejectedException.limit(
                            "Product '" + retailerId + "' appears twice; a product list shows each product once.");
                }
                products.addObject().put("product_retailer_id", retailerId);
            }
        }
        return message;
    }

    /** The whole catalog linked to the number; Meta uses that catalog, so the channel must have one. */
    static ObjectNode catalogMessage(
            OutboundCommand command, OutboundContent.CatalogMessage catalog, String channelCatalogId) {
        catalog(null, channelCatalogId);
        ObjectNode message = Envelope.of(command, "interactive", true);
        ObjectNode interactive = Envelope.interactive(
                message, "catalog_message", null, catalog.body(), WhatsAppLimits.INTERACTIVE_BODY, catalog.footer());
        ObjectNode action = interactive.putObject("action").put("name", "catalog_message");
        if (catalog.thumbnailProductRetailerId() != null) {
            action.putObject("parameters").put("thumbnail_product_retailer_id", catalog.thumbnailProductRetailerId());
        }
        return message;
    }

    private static String catalog(String named, String channelCatalogId) {
        String catalogId = named != null && !named.isBlank() ? named : channelCatalogId;
        if (catalogId == null || catalogId.isBlank()) {
            throw ContentRejectedException.noCatalog();
        }
        return catalogId;
    }
}
