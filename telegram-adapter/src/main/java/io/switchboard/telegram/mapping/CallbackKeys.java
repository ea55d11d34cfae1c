package io.switchboard.telegram.mapping;

import java.util.Optional;

/** Looks up the choice id behind a short callback key (see {@link CallbackData}). */
@FunctionalInterface
public interface CallbackKeys {

    Optional<String> choiceIdFor(String channelId, String callbackKey);
}
