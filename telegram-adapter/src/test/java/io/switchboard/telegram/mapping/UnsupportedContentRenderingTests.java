package io.switchboard.telegram.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.contract.outbound.ProductSection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Telegram does not offer is refused with a reason, before Telegram is asked. */
class UnsupportedContentRenderingTests {

    private final Renderings renderings = new Renderings();

    @Test
    void readReceiptsAreAWhatsAppFeature() {
        Rendering.Refused refused =
                renderings.refused(Renderings.command(new OutboundContent.MarkAsRead("4412"), null));

        assertThat(refused.code()).isEqualTo("UNSUPPORTED_CONTENT");
        assertThat(refused.title()).isEqualTo("Telegram has no read receipts for bots");
    }

    @Test
    void catalogMessagesAreRefused() {
        List<OutboundContent> catalog = List.of(
                new OutboundContent.Product(null, "SKU-1", "Il nostro best seller", null),
                new OutboundContent.ProductList(
                        null, "Offerte", "Scegli", null, List.of(new ProductSection("Estate", List.of("SKU-1")))),
                new OutboundContent.CatalogMessage("Sfoglia il catalogo", null, "SKU-1"));

        assertThat(catalog)
                .map(content -> renderings.refused(Renderings.command(content, null)))
                .allSatisfy(refused -> {
                    assertThat(refused.code()).isEqualTo("UNSUPPORTED_CONTENT");
                    assertThat(refused.title()).isEqualTo("Telegram has no catalog messages");
                });
    }

    @Test
    void templatesAreAWhatsAppFeature() {
        Rendering.Refused refused = renderings.refused(
                Renderings.command(new OutboundContent.Template("appointment_reminder", "it", List.of()), null));

        assertThat(refused.title()).isEqualTo("templates are a WhatsApp feature");
        assertThat(refused.detail()).startsWith("Telegram has no message templates");
    }
}
