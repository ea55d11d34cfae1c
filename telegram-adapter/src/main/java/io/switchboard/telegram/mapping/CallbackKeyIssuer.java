package io.switchboard.telegram.mapping;

/** Stores a choice id too long for {@code callback_data} and gives the short key its button carries instead. */
@FunctionalInterface
public interface CallbackKeyIssuer {

    String keyFor(String channelId, String choiceId);
}
