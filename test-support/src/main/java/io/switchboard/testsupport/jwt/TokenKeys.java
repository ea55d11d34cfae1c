package io.switchboard.testsupport.jwt;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;

/**
 * An RSA key pair for API tokens, made fresh for a test JVM or a local run: the gateway signs with the private key,
 * every service verifies with the public one. Production keys come from a Kubernetes Secret instead.
 */
public final class TokenKeys {

    public static final String ISSUER = "https://switchboard.local";

    private static final TokenKeys SHARED = generate();

    private final KeyPair keyPair;

    private TokenKeys(KeyPair keyPair) {
        this.keyPair = keyPair;
    }

    /** The keys of this JVM, the same for every test in it. */
    public static TokenKeys shared() {
        return SHARED;
    }

    public static TokenKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new TokenKeys(generator.generateKeyPair());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is missing from this JVM", e);
        }
    }

    public PrivateKey privateKey() {
        return keyPair.getPrivate();
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", keyPair.getPublic().getEncoded());
    }

    public String privateKeyPem() {
        return pem("PRIVATE KEY", keyPair.getPrivate().getEncoded());
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
