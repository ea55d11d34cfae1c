package io.switchboard.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.delivery.DeliveryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeliveryReceiptJsonTests {

    @ParameterizedTest
    @ValueSource(strings = {"delivery/delivered.json", "delivery/failed.json"})
    void everyExampleIsSchemaValidAndSurvivesARoundTrip(String example) {
        JsonNode json = Examples.json(example);
        assertThat(ContractSchemas.violations(ContractSchemas.DELIVERY_RECEIPT, json))
                .isEmpty();

        DeliveryReceipt receipt = ContractJson.fromJson(json.toString(), DeliveryReceipt.class);

        assertThat(Examples.reparsed(receipt)).isEqualTo(json);
    }

    @Test
    void aFailedReceiptWithoutErrorIsRejectedByTheRecordAndTheSchema() {
        ObjectNode json = (ObjectNode) Examples.json("delivery/failed.json");
        json.remove("error");

        assertThat(ContractSchemas.violations(ContractSchemas.DELIVERY_RECEIPT, json))
                .contains("error");
        assertThatThrownBy(() -> ContractJson.fromJson(json.toString(), DeliveryReceipt.class))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void statesOnlyMoveForwardAndMaySkip() {
        assertThat(DeliveryState.SENT.canMoveTo(DeliveryState.READ)).isTrue();
        assertThat(DeliveryState.READ.canMoveTo(DeliveryState.DELIVERED)).isFalse();
        assertThat(DeliveryState.DELIVERED.canMoveTo(DeliveryState.DELIVERED)).isFalse();
        assertThat(DeliveryState.ACCEPTED.canMoveTo(DeliveryState.FAILED)).isTrue();
        assertThat(DeliveryState.FAILED.canMoveTo(DeliveryState.READ)).isFalse();
    }
}
