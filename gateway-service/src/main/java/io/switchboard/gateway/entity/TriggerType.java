package io.switchboard.gateway.entity;

/** What starts a rule. Greeting, away and catalog triggers come with the automations. */
public enum TriggerType {
    /** The customer's text contains one of the keywords (case and accents ignored, whole words). */
    KEYWORDS
}
