package io.switchboard.contract;

import java.util.List;

/** Every Kafka topic of the suite, in one place. A breaking change to an event is a new {@code .v2} topic. */
public final class Topics {

    /** Normalised inbound events, adapters to gateway; key: conversation key. */
    public static final String INBOUND = "switchboard.inbound.v1";
    /** Outbound commands for WhatsApp, gateway to whatsapp-adapter; key: channel id. */
    public static final String OUTBOUND_WHATSAPP = "switchboard.outbound.whatsapp.v1";
    /** Outbound commands for Telegram, gateway to telegram-adapter; key: channel id. */
    public static final String OUTBOUND_TELEGRAM = "switchboard.outbound.telegram.v1";
    /** Delivery receipts, adapters to gateway; key: channel id. */
    public static final String DELIVERY = "switchboard.delivery.v1";
    /** Catalog questions, gateway to catalog; key: conversation key. */
    public static final String CATALOG_REQUESTS = "switchboard.catalog.requests.v1";
    /** Replies from the catalog and future bots, to the gateway; key: conversation key. */
    public static final String REPLIES = "switchboard.replies.v1";
    /** Channel directory (compacted), adapters to gateway; key: channel id. Never carries a secret. */
    public static final String CHANNELS = "switchboard.channels.v1";
    /** Erasure requests (compacted), gateway to every service; key: person id. */
    public static final String PRIVACY = "switchboard.privacy.v1";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    /** Every topic with its dead-letter topic, in the order data flows. */
    public static final List<TopicDefinition> ALL = List.of(
            new TopicDefinition(INBOUND, false),
            new TopicDefinition(deadLetter(INBOUND), false),
            new TopicDefinition(OUTBOUND_WHATSAPP, false),
            new TopicDefinition(deadLetter(OUTBOUND_WHATSAPP), false),
            new TopicDefinition(OUTBOUND_TELEGRAM, false),
            new TopicDefinition(deadLetter(OUTBOUND_TELEGRAM), false),
            new TopicDefinition(DELIVERY, false),
            new TopicDefinition(deadLetter(DELIVERY), false),
            new TopicDefinition(CATALOG_REQUESTS, false),
            new TopicDefinition(deadLetter(CATALOG_REQUESTS), false),
            new TopicDefinition(REPLIES, false),
            new TopicDefinition(deadLetter(REPLIES), false),
            new TopicDefinition(CHANNELS, true),
            new TopicDefinition(deadLetter(CHANNELS), false),
            new TopicDefinition(PRIVACY, true),
            new TopicDefinition(deadLetter(PRIVACY), false));

    private Topics() {}

    public static String outbound(Platform platform) {
        return switch (platform) {
            case WHATSAPP -> OUTBOUND_WHATSAPP;
            case TELEGRAM -> OUTBOUND_TELEGRAM;
        };
    }

    /** Where poison records of {@code topic} go, with the failure in their headers. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
