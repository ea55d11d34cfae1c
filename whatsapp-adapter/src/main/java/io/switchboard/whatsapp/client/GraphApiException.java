package io.switchboard.whatsapp.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The Graph API answered with an error envelope ({@code {"error":{"message","type","code","error_subcode",
 * "error_data":{"details"}}}}): the request arrived and was refused. Never retried.
 *
 * @param code the Graph error code as text (such as {@code 131047}), or {@code http-<status>} when the answer was not
 *     a Graph error
 */
public class GraphApiException extends RuntimeException {

    /** The access token is invalid or expired: a person has to issue a new one. */
    public static final String INVALID_TOKEN = "190";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int httpStatus;
    private final String code;
    private final Integer subcode;
    private final String details;

    public GraphApiException(int httpStatus, String code, Integer subcode, String details, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
        this.subcode = subcode;
        this.details = details;
    }

    static GraphApiException fromResponse(int status, String body) {
        try {
            JsonNode error = JSON.readTree(body == null ? "" : body).path("error");
            if (error.isObject() && error.hasNonNull("code")) {
                return new GraphApiException(
                        status,
                        error.path("code").asText(),
                        error.hasNonNull("error_subcode")
                                ? error.path("error_subcode").asInt()
                                : null,
                        text(error.path("error_data").path("details")),
                        text(error.path("message")));
            }
        } catch (IOException e) {
            // Not a Graph error envelope (a proxy's error page): describe it by its status below.
        }
        return new GraphApiException(status, "http-" + status, null, null, "The Graph API answered HTTP " + status);
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return code;
    }

    public Integer subcode() {
        return subcode;
    }

    /** Meta's longer explanation ({@code error_data.details}), if any. */
    public String details() {
        return details;
    }

    public boolean invalidToken() {
        return INVALID_TOKEN.equals(code);
    }

    /** One line for a person: code, message and details. */
    public String describe() {
        StringBuilder text = new StringBuilder("Graph API error ").append(code);
        if (subcode != null) {
            text.append(" (subcode ").append(subcode).append(')');
        }
        text.append(": ").append(getMessage());
        if (details != null && !details.isBlank()) {
            text.append(" - ").append(details);
        }
        return text.toString();
    }
}
