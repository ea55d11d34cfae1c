package io.switchboard.simulator.model;

import java.time.Instant;
import java.util.Map;

/** One platform API request as the simulator received and answered it, with secrets redacted. */
public record RecordedRequest(
        long id,
        Platform platform,
        String method,
        String path,
        String query,
        Map<String, String> headers,
        String body,
        int status,
        String responseBody,
        Instant receivedAt) {}
