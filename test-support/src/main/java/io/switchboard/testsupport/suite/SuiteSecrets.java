package io.switchboard.testsupport.suite;

import io.switchboard.testsupport.jwt.TokenKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets a whole suite shares, as files in its working directory: the token key pair, the key that encrypts
 * channel secrets at rest, and the operator token. Made once and kept, so a local run restarted tomorrow still reads
 * yesterday's data and accepts yesterday's tokens. Production takes them from Kubernetes Secrets instead.
 */
public record SuiteSecrets(Path publicKey, Path privateKey, String encryptionKey, String operatorToken) {

    public static SuiteSecrets in(Path directory) {
        try {
            Files.createDirectories(directory);
            Path publicKey = directory.resolve("jwt-public-key.pem");
            Path privateKey = directory.resolve("jwt-private-key.pem");
            if (!Files.exists(publicKey) || !Files.exists(privateKey)) {
                TokenKeys keys = TokenKeys.generate();
                Files.writeString(privateKey, keys.privateKeyPem());
                Files.writeString(publicKey, keys.publicKeyPem());
            }
            String encryptionKey = readOrCreate(directory.resolve("encryption-key"), SuiteSecrets::randomKey);
            String operatorToken = readOrCreate(directory.resolve("operator-token"), SuiteSecrets::randomToken);
            return new SuiteSecrets(publicKey, privateKey, encryptionKey, operatorToken);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the suite's secrets in " + directory, e);
        }
    }

    private static String readOrCreate(Path file, java.util.function.Supplier<String> create) throws IOException {
        if (!Files.exists(file)) {
            Files.writeString(file, create.get());
        }
        return Files.readString(file).strip();
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String randomToken() {
        byte[] token = new byte[24];
        new SecureRandom().nextBytes(token);
        return "op_" + Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }
}
