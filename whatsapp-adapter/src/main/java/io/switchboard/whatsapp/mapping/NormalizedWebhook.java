package io.switchboard.whatsapp.mapping;

import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.inbound.InboundEvent;
import java.util.List;

/**
 * Everything one webhook body said, as contract events, in the order of the body.
 *
 * @param receipts statuses of messages we sent
 * @param notices what Meta said about a number as a whole (its channel's last error)
 * @param ignored changes that carry nothing the contract models (group lifecycle, good news about the account) or that
 *     belong to no channel of the tenant, counted for the log
 */
public record NormalizedWebhook(
        List<InboundEvent> events, List<DeliveryReceipt> receipts, List<ChannelNotice> notices, int ignored) {

    public NormalizedWebhook {
        events = List.copyOf(events);
        receipts = List.copyOf(receipts);
        notices = List.copyOf(notices);
    }

    public int size() {
        return events.size() + receipts.size() + notices.size();
    }
}
