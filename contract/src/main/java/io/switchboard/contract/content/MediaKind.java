package io.switchboard.contract.content;

/** Kinds of media both ways. Platforms that lack a kind (WhatsApp has no animation) get the nearest one. */
public enum MediaKind {
    IMAGE,
    AUDIO,
    /** A recorded voice note: shown as a playable note, not as a file. */
    VOICE,
    VIDEO,
    /** Telegram's round video message. */
    VIDEO_NOTE,
    ANIMATION,
    DOCUMENT,
    STICKER
}
