package io.switchboard.common.crypto;

/** A stored secret that cannot be opened: its key is gone, or the ciphertext was tampered with or moved. */
public class SecretUnreadableException extends RuntimeException {

    public SecretUnreadableException(String message) {
        super(message);
    }
}
