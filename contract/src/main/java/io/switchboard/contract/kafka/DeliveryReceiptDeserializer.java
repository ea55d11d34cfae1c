package io.switchboard.contract.kafka;

import io.switchboard.contract.delivery.DeliveryReceipt;

public class DeliveryReceiptDeserializer extends ContractDeserializer<DeliveryReceipt> {

    public DeliveryReceiptDeserializer() {
        super(DeliveryReceipt.class);
    }
}
