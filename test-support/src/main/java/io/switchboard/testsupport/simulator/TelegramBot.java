package io.switchboard.testsupport.simulator;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** A bot as the simulated Bot API knows it: token {@code <bot id>:<secret>}. */
public record TelegramBot(
        String token, String username, String firstName, boolean canJoinGroups, boolean canReadAllGroupMessages) {

    public long id() {
        return Long.parseLong(token.substring(0, token.indexOf(':')));
    }

    /** A bot with a fresh, well-formed token. */
    public static TelegramBot sample(String username) {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        String secret = "AA"
                + (UUID.randomUUID().toString() + UUID.randomUUID())
                        .replace("-", "")
                        .substring(0, 33);
        return new TelegramBot(id + ":" + secret, username, "Studio Rossi", true, false);
    }
}
