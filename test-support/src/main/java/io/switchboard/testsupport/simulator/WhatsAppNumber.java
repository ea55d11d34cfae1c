package io.switchboard.testsupport.simulator;

/** A WhatsApp business phone number as the simulated Graph API knows it, with its app's credentials. */
public record WhatsAppNumber(
        String phoneNumberId,
        String wabaId,
        String displayPhoneNumber,
        String verifiedName,
        String accessToken,
        String appSecret) {

    /** A number with made-up but well-formed ids and secrets, distinct per call. */
    public static WhatsAppNumber sample(String verifiedName) {
        long suffix = System.nanoTime() % 1_000_000_000L;
        return new WhatsAppNumber(
                "1065" + String.format("%011d", suffix),
                "1022" + String.format("%011d", suffix),
                "+39 02 " + String.format("%07d", suffix % 10_000_000L),
                verifiedName,
                "EAAG" + java.util.UUID.randomUUID().toString().replace("-", ""),
                java.util.UUID.randomUUID().toString().replace("-", ""));
    }
}
