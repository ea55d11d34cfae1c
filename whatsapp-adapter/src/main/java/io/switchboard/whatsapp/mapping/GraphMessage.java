package io.switchboard.whatsapp.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One {@code POST /{phone-number-id}/messages} body a command becomes.
 *
 * @param createsMessage whether Meta answers with a new {@code wamid}: false for a read receipt (with or without typing
 *     indicator), which Meta answers with {@code success} and which does not count against the number's throughput
 */
public record GraphMessage(ObjectNode body, boolean createsMessage) {

    static GraphMessage message(ObjectNode body) {
        return new GraphMessage(body, true);
    }

    static GraphMessage readReceipt(ObjectNode body) {
        return new GraphMessage(body, false);
    }
}
