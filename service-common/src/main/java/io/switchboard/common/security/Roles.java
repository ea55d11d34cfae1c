package io.switchboard.common.security;

/** The roles a tenant token carries in its {@code groups} claim. */
public final class Roles {

    /** Manages channels, rules, catalog and tokens of the tenant. */
    public static final String ADMIN = "admin";
    /** Works the inbox: reads conversations and answers customers. */
    public static final String AGENT = "agent";

    private Roles() {}
}
