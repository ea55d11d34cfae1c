package io.switchboard.whatsapp.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.whatsapp.support.Signatures;
import io.switchboard.whatsapp.support.TestChannels;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bodies over 3 MB are refused with a 413 problem before they are parsed. */
@QuarkusTest
class WebhookSizeLimitTests {

    private static final int LIMIT = 3 * 1024 * 1024;

    @Inject
    TestChannels channels;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aDeclaredOversizedBodyIsTooLarge() {
        TestChannels.Channel channel = channels.create();
        String body = padded(LIMIT + 1);

        Webhook.deliver(channel, body).statusCode(413).contentType("application/problem+json");
    }

    @Test
    void anOversizedBodyWithoutDeclaredLengthIsTooLarge() throws Exception {
        TestChannels.Channel channel = channels.create();
        byte[] body = padded(LIMIT + 1).getBytes(StandardCharsets.UTF_8);
        HttpRequest streamed = HttpRequest.newBuilder(
                        URI.create(base + channel.webhookPath().substring(1)))
                .header("Content-Type", "application/json")
                .header(
                        "X-Hub-Signature-256",
                        Signatures.sign(new String(body, StandardCharsets.UTF_8), channel.appSecret()))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(streamed, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aBodyOfExactlyTheLimitIsRead() {
        TestChannels.Channel channel = channels.create();

        Webhook.deliver(channel, padded(LIMIT)).statusCode(200);
    }

    /** A valid webhook without messages, padded with spaces to exactly {@code size} bytes. */
    private static String padded(int size) {
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[]}";
        return body + " ".repeat(size - body.length());
    }
}
