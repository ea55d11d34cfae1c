package io.switchboard.whatsapp.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.whatsapp.config.WhatsAppConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The Graph API for the rest of the adapter. Retries only what cannot have had an effect: a failed connection, or a
 * read. A refusal ({@link GraphApiException}, any 4xx) is final.
 */
@ApplicationScoped
public class GraphClient {

    private static final String PROFILE_FIELDS =
            "about,address,description,email,profile_picture_url,websites,vertical";

    private final GraphApi api;
    private final WhatsAppConfig config;

    @Inject
    public GraphClient(@RestClient GraphApi api, WhatsAppConfig config) {
        this.api = api;
        this.config = config;
    }

    /**
     * Reads a phone number with the given token, which proves the token may use it.
     *
     * @throws GraphApiException when Meta refuses the token or does not know the number
     * @throws GraphUnreachableException when Meta cannot be reached
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = 2,
            delay = 250,
            retryOn = {GraphUnreachableException.class, TimeoutException.class})
    public PhoneNumber phoneNumber(String phoneNumberId, String accessToken) {
        return read(() -> api.phoneNumber(config.graphApiVersion(), phoneNumberId, bearer(accessToken)));
    }

    /**
     * Sends one message and returns its {@code wamid} ({@code null} for a read receipt, which creates no message). Retried only when the connection could not be opened: Meta has
     * no idempotency key, so a request that left may have been delivered.
     *
     * @throws GraphApiException when Meta refuses the message
     * @throws GraphUnreachableException when Meta could not be reached (nothing was sent)
     * @throws GraphOutcomeUnknownException when the request left but no answer came back
     */
    @Timeout(value = 25, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 250, retryOn = GraphUnreachableException.class)
    public String send(String phoneNumberId, String accessToken, JsonNode message) {
        try {
            return api.sendMessage(config.graphApiVersion(), phoneNumberId, bearer(accessToken), message)
                    .wamid();
        } catch (ProcessingException e) {
            throw refusalOr(
                    e, neverConnected(e) ? new GraphUnreachableException(e) : new GraphOutcomeUnknownException(e));
        }
    }

    /**
     * Looks up a media object (its short-lived download URL, type and size) with the channel's token; the phone number
     * id makes Meta check the media belongs to that number.
     *
     * @throws GraphApiException when Meta refuses (unknown or expired media, a refused token)
     * @throws GraphUnreachableException when Meta cannot be reached
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = 2,
            delay = 250,
            retryOn = {GraphUnreachableException.class, TimeoutException.class})
    public MediaInfo media(String mediaId, String phoneNumberId, String accessToken) {
        return read(() -> api.media(config.graphApiVersion(), mediaId, phoneNumberId, bearer(accessToken)));
    }

    /** The number's business profile. Same failures as {@link #media}. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = 2,
            delay = 250,
            retryOn = {GraphUnreachableException.class, TimeoutException.class})
    public BusinessProfile businessProfile(String phoneNumberId, String accessToken) {
        return read(
                () -> api.businessProfile(config.graphApiVersion(), phoneNumberId, PROFILE_FIELDS, bearer(accessToken))
                        .first());
    }

    /**
     * Sets the given fields of the number's business profile. Setting the same fields twice changes nothing, so an
     * unanswered call may be repeated.
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(
            maxRetries = 2,
            delay = 250,
            retryOn = {GraphUnreachableException.class, TimeoutException.class})
    public void updateBusinessProfile(String phoneNumberId, String accessToken, BusinessProfile profile) {
        read(() -> api.updateBusinessProfile(config.graphApiVersion(), phoneNumberId, bearer(accessToken), profile));
    }

    /**
     * A call that may be repeated: Meta's refusal as it is, any other failure as unreachable (retried by the caller's
     * {@code @Retry}).
     */
    private static <T> T read(Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException e) {
            throw refusalOr(e, new GraphUnreachableException(e));
        }
    }

    private static RuntimeException refusalOr(ProcessingException e, RuntimeException otherwise) {
        return e.getCause() instanceof GraphApiException refusal ? refusal : otherwise;
    }

    private static boolean neverConnected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static String bearer(String accessToken) {
        return "Bearer " + accessToken;
    }
}
