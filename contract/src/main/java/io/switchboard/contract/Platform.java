package io.switchboard.contract;

/** A messaging platform Switchboard speaks to. New platforms are added here and get their own outbound topic. */
public enum Platform {
    WHATSAPP,
    TELEGRAM;

    /** The topic the gateway writes this platform's outbound commands to. */
    public String outboundTopic() {
        return Topics.outbound(this);
    }
}
