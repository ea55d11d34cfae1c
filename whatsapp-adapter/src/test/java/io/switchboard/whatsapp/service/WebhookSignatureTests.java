package io.switchboard.whatsapp.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.whatsapp.support.Signatures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

    private static final String BODY = "{\"object\":\"whatsapp_business_account\",\"entry\":[]}";
    private static final String SECRET = "0f6b1c9e8a7d4e2b9c3a5d7e1f2a3b4c";
    private static final String PREVIOUS = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

    @Test
    void aSignatureOfTheExactBodyWithTheAppSecretMatches() {
        assertThat(matches(BODY, Signatures.sign(BODY, SECRET), List.of(SECRET)))
                .isTrue();
    }

    @Test
    void theHexMayBeUpperCase() {
        String signature =
                "sha256=" + Signatures.sign(BODY, SECRET).substring(7).toUpperCase();

        assertThat(matches(BODY, signature, List.of(SECRET))).isTrue();
    }

    @Test
    void aMissingSignatureDoesNotMatch() {
        assertThat(matches(BODY, null, List.of(SECRET))).isFalse();
    }

    @Test
    void aSignatureWithAnotherSecretDoesNotMatch() {
        assertThat(matches(BODY, Signatures.sign(BODY, PREVIOUS), List.of(SECRET)))
                .isFalse();
    }

    @Test
    void aSignatureOfAnAlteredBodyDoesNotMatch() {
        assertThat(matches(BODY + " ", Signatures.sign(BODY, SECRET), List.of(SECRET)))
                .isFalse();
    }

    @Test
    void aSignatureWithoutTheSha256PrefixDoesNotMatch() {
        assertThat(matches(BODY, Signatures.sign(BODY, SECRET).substring(7), List.of(SECRET)))
                .isFalse();
    }

    @Test
    void aSignatureThatIsNotHexDoesNotMatch() {
        assertThat(matches(BODY, "sha256=" + "zz".repeat(32), List.of(SECRET))).isFalse();
    }

    @Test
    void theReplacedSecretMatchesWhileItIsStillListed() {
        assertThat(matches(BODY, Signatures.sign(BODY, PREVIOUS), List.of(SECRET, PREVIOUS)))
                .isTrue();
    }

    private static boolean matches(String body, String signature, List<String> secrets) {
        return WebhookSignature.matches(body.getBytes(StandardCharsets.UTF_8), signature, secrets);
    }
}
