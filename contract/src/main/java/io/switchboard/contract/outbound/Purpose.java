package io.switchboard.contract.outbound;

/** Why the gateway sends a message; adapters pace and label them accordingly. */
public enum Purpose {
    /** An automatic answer to a customer (rules, catalog). */
    REPLY,
    /** One of many copies of a broadcast to subscribers. */
    BROADCAST,
    /** A post in a public channel the business owns. */
    CHANNEL_POST,
    /** Written by a person on the business's side after a hand-off. */
    AGENT
}
