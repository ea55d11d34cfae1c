package io.switchboard.whatsapp.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.ProductSection;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Catalog products as interactive product, product_list and catalog_message, with the channel's catalog. */
class CommerceRenderingTests {

    @Test
    void aProductNamesTheChannelsCatalogWhenTheCommandNamesNone() {
        ObjectNode message = Rendering.single(
                Rendering.direct(new OutboundContent.Product(null, "sku-42", "Our bestseller", "Free delivery"), null));

        assertThat(message.path("interactive")).isEqualTo(Webhooks.json("""
                {"type":"product","body":{"text":"Our bestseller"},"footer":{"text":"Free delivery"},
                 "action":{"catalog_id":"146265584024623","product_retailer_id":"sku-42"}}"""));
    }

    @Test
    void aProductMayNameItsOwnCatalog() {
        ObjectNode message =
                Rendering.single(Rendering.direct(new OutboundContent.Product("999", "sku-42", null, null), null));

        assertThat(message.path("interactive").path("action").path("catalog_id").asText())
                .isEqualTo("999");
        assertThat(message.path("interactive").has("body")).isFalse();
    }

    @Test
    void withoutAnyCatalogAProductFailsSayingSo() {
        Rendering.assertRejected(
                Rendering.direct(new OutboundContent.Product(null, "sku-42", null, null), null),
                null,
                ContentRejectedException.NO_CATALOG,
                "No Meta catalog is registered for this channel");
    }

    @Test
    void aProductListIsSectionsOfProductItemsUnderATextHeader() {
        ObjectNode message = Rendering.single(Rendering.direct(
                new OutboundContent.ProductList(
                        null,
                        "Spring picks",
                        "Have a look",
                        null,
                        List.of(
                                new ProductSection("Cakes", List.of("cake-1", "cake-2")),
                                new ProductSection("Bread", List.of("bread-1")))),
                null));

        assertThat(message.path("interactive")).isEqualTo(Webhooks.json("""
                {"type":"product_list","header":{"type":"text","text":"Spring picks"},
                 "body":{"text":"Have a look"},
                 "action":{"catalog_id":"146265584024623","sections":[
                   {"title":"Cakes","product_items":[{"product_retailer_id":"cake-1"},
                                                     {"product_retailer_id":"cake-2"}]},
                   {"title":"Bread","product_items":[{"product_retailer_id":"bread-1"}]}]}}"""));
    }

    @Test
    void aProductListOfMoreThanThirtyProductsIsRejected() {
        List<String> many = IntStream.range(0, 31).mapToObj(i -> "sku-" + i).toList();

        Rendering.assertRejected(
                Rendering.direct(
                        new OutboundContent.ProductList(
                                null, "All", "Everything", null, List.of(new ProductSection("All", many))),
                        null),
                "at most 30 products");
    }

    @Test
    void aProductListOfElevenSectionsIsRejected() {
        List<ProductSection> sections = IntStream.range(0, 11)
                .mapToObj(i -> new ProductSection("S" + i, List.of("sku-" + i)))
                .toList();

        Rendering.assertRejected(
                Rendering.direct(new OutboundContent.ProductList(null, "All", "Everything", null, sections), null),
                "at most 10 sections");
    }

    @Test
    void aCatalogMessageInvitesToTheWholeCatalogWithItsThumbnail() {
        ObjectNode message = Rendering.single(Rendering.direct(
                new OutboundContent.CatalogMessage("Browse our catalog", "Best deals", "cake-1"), null));

        assertThat(message.path("interactive")).isEqualTo(Webhooks.json("""
                {"type":"catalog_message","body":{"text":"Browse our catalog"},"footer":{"text":"Best deals"},
                 "action":{"name":"catalog_message","parameters":{"thumbnail_product_retailer_id":"cake-1"}}}"""));
    }

    @Test
    void aCatalogMessageNeedsTheChannelsCatalog() {
        Rendering.assertRejected(
                Rendering.direct(new OutboundContent.CatalogMessage("Browse", null, null), null),
                null,
                ContentRejectedException.NO_CATALOG,
                "No Meta catalog");
    }
}
