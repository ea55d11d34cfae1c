package io.switchboard.whatsapp.mapping;

/** The limit checks every renderer shares; each failure names what is wrong and the limit. */
final class Checks {

    private Checks() {}

    static void within(String text, int max, String what) {
        if (text.length() > max) {
            throw ContentRejectedException.limit(
                    what + " has " + text.length() + " characters; WhatsApp allows at most " + max + ".");
        }
    }

    static void present(String text, String what) {
        if (text == null || text.isBlank()) {
            throw ContentRejectedException.limit(what + " is required and must not be blank.");
        }
    }

    static boolean isWebUrl(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) && url.length() > 8;
    }
}
