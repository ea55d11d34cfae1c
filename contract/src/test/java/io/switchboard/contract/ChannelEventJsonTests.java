package io.switchboard.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.channel.ChannelChange;
import io.switchboard.contract.channel.ChannelEvent;
import io.switchboard.contract.channel.ChannelHealth;
import io.switchboard.contract.delivery.PlatformError;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelEventJsonTests {

    @Test
    void theExampleIsSchemaValidAndSurvivesARoundTrip() {
        JsonNode json = Examples.json("channel/registered.json");
        assertThat(ContractSchemas.violations(ContractSchemas.CHANNEL_EVENT, json))
                .isEmpty();

        ChannelEvent event = ContractJson.fromJson(json.toString(), ChannelEvent.class);

        assertThat(Examples.reparsed(event)).isEqualTo(json);
        assertThat(event.properties()).containsEntry("canReadAllGroupMessages", "false");
    }

    @Test
    void anUnhealthyChannelSaysWhy() {
        ChannelEvent event = ChannelEvent.of(
                ChannelChange.UPDATED,
                "wa-1",
                "studio-rossi",
                Platform.WHATSAPP,
                "Studio Rossi",
                "+39 02 1234567",
                ChannelHealth.UNHEALTHY,
                "The access token expired (Graph error 190): rotate it with PATCH /api/v1/channels/whatsapp/wa-1",
                Map.of());

        JsonNode json = ContractJson.mapper().valueToTree(event);

        assertThat(ContractSchemas.violations(ContractSchemas.CHANNEL_EVENT, json))
                .isEmpty();
        assertThat(json.get("healthDetail").asText()).contains("190");
    }

    @Test
    void thePlatformsLastErrorAboutTheChannelTravelsWithItsState() {
        ChannelEvent event = ChannelEvent.of(
                        ChannelChange.UPDATED,
                        "wa-1",
                        "studio-rossi",
                        Platform.WHATSAPP,
                        "Studio Rossi",
                        "+39 02 1234567",
                        ChannelHealth.HEALTHY,
                        null,
                        Map.of())
                .withLastError(
                        new PlatformError("131000", "Something went wrong", null),
                        java.time.Instant.parse("2026-11-25T10:00:00Z"));

        JsonNode json = ContractJson.mapper().valueToTree(event);

        assertThat(ContractSchemas.violations(ContractSchemas.CHANNEL_EVENT, json))
                .isEmpty();
        assertThat(ContractJson.fromJson(json.toString(), ChannelEvent.class)).isEqualTo(event);
        assertThat(json.at("/lastError/code").asText()).isEqualTo("131000");
    }
}
