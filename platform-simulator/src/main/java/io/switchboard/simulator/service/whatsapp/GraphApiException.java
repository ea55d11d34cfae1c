package io.switchboard.simulator.service.whatsapp;

import io.switchboard.simulator.model.PlatformAnswer;
import io.switchboard.simulator.model.whatsapp.GraphError;
import io.switchboard.simulator.service.PlatformException;
import java.security.SecureRandom;
import java.util.Locale;

/** A Graph API error, with the codes and messages Meta uses for the same situation. */
public final class GraphApiException extends PlatformException {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TRACE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    private final int httpStatus;
    private final GraphError.Body error;

    private GraphApiException(int httpStatus, GraphError.Body error) {
        super(error.message());
        this.httpStatus = httpStatus;
        this.error = error;
    }

    public static GraphApiException invalidAccessToken() {
        return new GraphApiException(
                401,
                new GraphError.Body(
                        "Invalid OAuth access token - Cannot parse access token",
                        "OAuthException",
                        190,
                        null,
                        null,
                        traceId()));
    }

    /** An id that does not exist, or that the caller's token may not see: Graph does not tell the two apart. */
    public static GraphApiException unsupportedRequest(String httpMethod, String objectId) {
        return new GraphApiException(
                400,
                new GraphError.Body(
                        "Unsupported " + httpMethod.toLowerCase(Locale.ROOT) + " request. Object with ID '"
                                + objectId + "' does not exist, cannot be loaded due to missing permissions, or does"
                                + " not support this operation.",
                        "GraphMethodException",
                        100,
                        33,
                        null,
                        traceId()));
    }

    /** A request that is missing a parameter or carries one of the wrong kind (code 100). */
    public static GraphApiException invalidParameter(String details) {
        return whatsAppError("(#100) Invalid parameter", 100, details);
    }

    /** A parameter of the right kind whose value breaks a WhatsApp limit (code 131009). */
    public static GraphApiException invalidParameterValue(String details) {
        return whatsAppError("(#131009) Parameter value is not valid", 131009, details);
    }

    /**
     * The number sent more messages per second than its throughput allows. Meta's error-codes table gives these
     * throttling errors HTTP 400, not 429: clients must look at the code.
     */
    public static GraphApiException throughputExceeded() {
        return whatsAppError(
                "(#130429) Rate limit hit",
                130429,
                "Message failed to send because there were too many messages sent from this phone number in a short"
                        + " period of time");
    }

    /** The number sent too many messages to the same recipient too quickly; other recipients are not affected. */
    public static GraphApiException pairRateExceeded() {
        return whatsAppError(
                "(#131056) (Business Account, Consumer Account) pair rate limit hit",
                131056,
                "Message failed to send because there were too many messages sent from this phone number to the same"
                        + " phone number in a short period of time");
    }

    /** A template send naming a template (or a translation of it) the account does not have approved. */
    public static GraphApiException templateNotFound(String name, String language) {
        return whatsAppError(
                "(#132001) Template name does not exist in the translation",
                132001,
                "template name (" + name + ") does not exist in " + language);
    }

    /** A template send whose parameters do not fill the template's placeholders one for one. */
    public static GraphApiException templateParameterMismatch(String details) {
        return whatsAppError(
                "(#132000) Number of parameters does not match the expected number of params", 132000, details);
    }

    /** A media URL that expired (after 5 minutes), was never issued, or names deleted media. */
    public static GraphApiException mediaUrlNotFound() {
        return new GraphApiException(
                404,
                new GraphError.Body(
                        "(#100) The media URL is not valid or has expired: retrieve a new one with GET /{media-id}",
                        "OAuthException",
                        100,
                        null,
                        null,
                        traceId()));
    }

    public static GraphApiException nonexistingField(String field, String nodeType) {
        return new GraphApiException(
                400,
                new GraphError.Body(
                        "(#100) Tried accessing nonexisting field (" + field + ") on node type (" + nodeType + ")",
                        "OAuthException",
                        100,
                        null,
                        null,
                        traceId()));
    }

    /** A path the simulator does not play (yet): Graph's answer for an unknown edge. */
    public static GraphApiException unknownPath(String path) {
        return new GraphApiException(
                400,
                new GraphError.Body("Unknown path components: " + path, "OAuthException", 2500, null, null, traceId()));
    }

    /**
     * An injected fault: the envelope for {@code status}, with Meta's usual code for it unless one is given (130429
     * "Rate limit hit" for 429, 1 "An unknown error has occurred." for 5xx, 100 otherwise).
     */
    public static GraphApiException injected(int status, Integer code, Integer subcode, String message) {
        int graphCode = code != null ? code : status == 429 ? 130429 : status >= 500 ? 1 : 100;
        String text = message != null
                ? message
                : switch (graphCode) {
                    case 130429 -> "(#130429) Rate limit hit";
                    case 131056 -> "(#131056) (Business Account, Consumer Account) pair rate limit hit";
                    case 1 -> "An unknown error has occurred.";
                    default -> "(#" + graphCode + ") Invalid parameter";
                };
        GraphError.ErrorData data = graphCode >= 130000 ? new GraphError.ErrorData("whatsapp", text) : null;
        return new GraphApiException(
                status, new GraphError.Body(text, "OAuthException", graphCode, subcode, data, traceId()));
    }

    public static GraphApiException unexpected() {
        return new GraphApiException(
                500,
                new GraphError.Body(
                        "An unexpected error has occurred. Please retry your request later.",
                        "OAuthException",
                        2,
                        null,
                        null,
                        traceId()));
    }

    public int code() {
        return error.code();
    }

    @Override
    public PlatformAnswer answer() {
        return new PlatformAnswer(httpStatus, new GraphError(error));
    }

    private static GraphApiException whatsAppError(String message, int code, String details) {
        return new GraphApiException(
                400,
                new GraphError.Body(
                        message,
                        "OAuthException",
                        code,
                        null,
                        new GraphError.ErrorData("whatsapp", details),
                        traceId()));
    }

    private static String traceId() {
        StringBuilder id = new StringBuilder("A");
        for (int i = 0; i < 22; i++) {
            id.append(TRACE_ALPHABET.charAt(RANDOM.nextInt(TRACE_ALPHABET.length())));
        }
        return id.toString();
    }
}
