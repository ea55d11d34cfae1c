package io.switchboard.whatsapp.client;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Fetches media bytes from the short-lived URL the Graph API gave for a media id. The JDK client rather than the REST
 * client: the URL is absolute (Meta's lookaside host, not the Graph base URL) and the bytes are streamed through to
 * the caller instead of being held in memory (documents reach 100 MB).
 */
@ApplicationScoped
public class MediaDownloader {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(20);
    private static final int MAX_ERROR_BYTES = 64 * 1024;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /** An open download; the caller closes {@code body}. */
    public record Download(InputStream body, String contentType, long contentLength) {}

    /**
     * Opens the download with the channel's token.
     *
     * @throws GraphApiException when Meta refuses (an expired URL answers 404)
     * @throws GraphUnreachableException when Meta cannot be reached
     */
    public Download open(String url, String accessToken) {
        URI uri = URI.create(url);
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new GraphApiException(
                    502, "bad-media-url", null, null, "The Graph API gave no web URL for the media");
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(ANSWER_TIMEOUT)
                .header("Authorization", "Bearer " + accessToken)
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new GraphUnreachableException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphUnreachableException(e);
        }
        if (response.statusCode() != 200) {
            throw GraphApiException.fromResponse(response.statusCode(), errorBody(response.body()));
        }
        return new Download(
                response.body(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    private static String errorBody(InputStream body) {
        try (body) {
            return new String(body.readNBytes(MAX_ERROR_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
