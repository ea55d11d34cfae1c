package io.switchboard.simulator.service.whatsapp;

import io.switchboard.simulator.model.whatsapp.WhatsAppNumber;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * WhatsApp message ids ({@code wamid.HBgL...}) built the way Meta's look when decoded: the customer's number, a
 * direction marker and a random hex id, base64-encoded. Nothing may parse them, but they should look real.
 */
public final class Wamids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte BUSINESS_TO_CUSTOMER = 0x11;
    private static final byte CUSTOMER_TO_BUSINESS = 0x12;

    private Wamids() {}

    /** The id of a message the business sends to {@code recipient}. */
    public static String outbound(String recipient) {
        return wamid(recipient, BUSINESS_TO_CUSTOMER, 9);
    }

    /** The id of a message the customer {@code sender} writes to the business. */
    public static String inbound(String sender) {
        return wamid(sender, CUSTOMER_TO_BUSINESS, 10);
    }

    private static String wamid(String customer, byte direction, int randomBytes) {
        byte[] number = WhatsAppNumber.digits(customer).getBytes(StandardCharsets.US_ASCII);
        byte[] random = new byte[randomBytes];
        RANDOM.nextBytes(random);
        byte[] hex = HexFormat.of().withUpperCase().formatHex(random).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {0x1C, 0x18, (byte) number.length});
        bytes.writeBytes(number);
        bytes.writeBytes(new byte[] {0x15, 0x02, 0x00, direction, 0x18, (byte) hex.length});
        bytes.writeBytes(hex);
        bytes.write(0x00);
        return "wamid." + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
