package io.switchboard.whatsapp.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.contract.content.Content;
import io.switchboard.contract.content.OrderItem;
import io.switchboard.contract.inbound.MessageReceived;
import io.switchboard.testsupport.fixtures.Fixtures;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A cart sent from the business's catalog becomes an Order with its lines. */
class OrderNormalizationTests {

    private final Webhooks webhooks = new Webhooks();

    @Test
    void anOrderKeepsItsCatalogAndEveryLineWithQuantityPriceAndCurrency() {
        Content.Order order = order(webhooks.single("order.json"));

        assertThat(order.catalogId()).isEqualTo("194836987003835");
        assertThat(order.items())
                .containsExactly(
                        new OrderItem("di9ozbzfi4", 2, new BigDecimal("30"), "USD"),
                        new OrderItem("nqryix03ez", 1, new BigDecimal("25"), "USD"));
    }

    @Test
    void anEmptyNoteIsNoNote() {
        assertThat(order(webhooks.single("order.json")).text()).isNull();
    }

    @Test
    void theCustomersNoteIsKept() {
        String withNote =
                Fixtures.text("webhooks/order.json").replace("\"text\": \"\"", "\"text\": \"Gift wrap please\"");

        assertThat(order(webhooks.normalizeJson(withNote).events().get(0)).text())
                .isEqualTo("Gift wrap please");
    }

    @Test
    void aPriceWithCentsKeepsItsCents() {
        String cents = Fixtures.text("webhooks/order.json").replace("\"item_price\": 30", "\"item_price\": 29.99");

        assertThat(order(webhooks.normalizeJson(cents).events().get(0))
                        .items()
                        .get(0)
                        .itemPrice())
                .isEqualByComparingTo("29.99");
    }

    private static Content.Order order(Object event) {
        return (Content.Order) ((MessageReceived) event).content();
    }
}
