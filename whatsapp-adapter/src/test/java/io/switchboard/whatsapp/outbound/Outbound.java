package io.switchboard.whatsapp.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.contract.Topics;
import io.switchboard.contract.delivery.DeliveryReceipt;
import io.switchboard.contract.outbound.OutboundCommand;
import io.switchboard.contract.outbound.OutboundContent;
import io.switchboard.testsupport.http.JsonHttp;
import io.switchboard.whatsapp.support.CommandSender;
import io.switchboard.whatsapp.support.Registrations;
import io.switchboard.whatsapp.support.Simulator;
import io.switchboard.whatsapp.support.TopicReader;
import java.util.List;

/** Plays the gateway against a registered channel, and reads what reached the simulated Graph API. */
final class Outbound {

    static final String CUSTOMER = "393401234567";

    private Outbound() {}

    static OutboundCommand send(Registrations.Registered channel, OutboundContent content, String replyTo) {
        return sendTo(channel, CUSTOMER, content, replyTo);
    }

    static OutboundCommand sendTo(
            Registrations.Registered channel, String customer, OutboundContent content, String replyTo) {
        OutboundCommand command =
                CommandSender.command(channel.tenantId(), channel.channelId(), customer, content, replyTo);
        CommandSender.send(command);
        return command;
    }

    static List<DeliveryReceipt> receipts(OutboundCommand command, int count) {
        return TopicReader.await(
                        Topics.DELIVERY,
                        DeliveryReceipt.class,
                        r -> r.messageId().equals(command.messageId()),
                        count)
                .stream()
                .map(TopicReader.Keyed::event)
                .toList();
    }

    static DeliveryReceipt receipt(OutboundCommand command) {
        return receipts(command, 1).get(0);
    }

    /** The Graph message bodies the simulator received for the channel's number, oldest first. */
    static List<JsonNode> sentBodies(Registrations.Registered channel) {
        return Simulator.client().requests("whatsapp", channel.number().phoneNumberId() + "/messages").stream()
                .map(request -> JsonHttp.json(request.path("body").asText()))
                .toList();
    }
}
