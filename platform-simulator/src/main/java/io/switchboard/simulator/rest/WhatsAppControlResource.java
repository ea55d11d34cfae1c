package io.switchboard.simulator.rest;

import io.switchboard.simulator.client.WebhookResponse;
import io.switchboard.simulator.mapping.ControlViews;
import io.switchboard.simulator.model.whatsapp.CustomerMessage;
import io.switchboard.simulator.model.whatsapp.CustomerMessageDelivery;
import io.switchboard.simulator.model.whatsapp.MediaFile;
import io.switchboard.simulator.model.whatsapp.MediaView;
import io.switchboard.simulator.model.whatsapp.MessageTemplate;
import io.switchboard.simulator.model.whatsapp.NumberView;
import io.switchboard.simulator.model.whatsapp.SimulatedNumber;
import io.switchboard.simulator.model.whatsapp.TemplateDefinition;
import io.switchboard.simulator.model.whatsapp.WebhookDelivery;
import io.switchboard.simulator.model.whatsapp.WebhookTarget;
import io.switchboard.simulator.model.whatsapp.WhatsAppLimits;
import io.switchboard.simulator.model.whatsapp.WhatsAppLimitsChanges;
import io.switchboard.simulator.model.whatsapp.WhatsAppNumber;
import io.switchboard.simulator.repository.MediaRepository;
import io.switchboard.simulator.repository.NumberRepository;
import io.switchboard.simulator.repository.TemplateRepository;
import io.switchboard.simulator.service.ControlException;
import io.switchboard.simulator.service.whatsapp.CustomerMessages;
import io.switchboard.simulator.service.whatsapp.WebhookVerifications;
import io.switchboard.simulator.service.whatsapp.WhatsAppWebhooks;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Control API for the simulated WhatsApp side: numbers Meta knows, their webhook subscriptions, customers writing,
 * raw webhook deliveries for tests of signatures and odd payloads, rate limits, templates and media.
 */
@Path("/simulator/whatsapp/numbers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Simulator control: WhatsApp")
public class WhatsAppControlResource {

    private final NumberRepository numbers;
    private final WebhookVerifications verifications;
    private final CustomerMessages customerMessages;
    private final WhatsAppWebhooks webhooks;
    private final TemplateRepository templates;
    private final MediaRepository media;
    private final PublicAddress publicAddress;
    private final Clock clock;

    WhatsAppControlResource(
            NumberRepository numbers,
            WebhookVerifications verifications,
            CustomerMessages customerMessages,
            WhatsAppWebhooks webhooks,
            TemplateRepository templates,
            MediaRepository media,
            PublicAddress publicAddress,
            Clock clock) {
        this.numbers = numbers;
        this.verifications = verifications;
        this.customerMessages = customerMessages;
        this.webhooks = webhooks;
        this.templates = templates;
        this.media = media;
        this.publicAddress = publicAddress;
        this.clock = clock;
    }

    /** Registers a number (replacing one with the same id, and its subscription). */
    @POST
    public Response register(@Valid @NotNull WhatsAppNumber number) {
        return Response.status(Response.Status.CREATED)
                .entity(ControlViews.number(numbers.save(number)))
                .build();
    }

    @GET
    @Path("/{phoneNumberId}")
    public NumberView number(@PathParam("phoneNumberId") String phoneNumberId) {
        return ControlViews.number(find(phoneNumberId));
    }

    /** Subscribes a webhook after Meta's GET handshake: 200 when verified, 422 with the webhook's answer when not. */
    @PUT
    @Path("/{phoneNumberId}/webhook")
    public CompletionStage<Response> subscribe(
            @PathParam("phoneNumberId") String phoneNumberId, @Valid @NotNull WebhookTarget target) {
        return verifications
                .subscribe(find(phoneNumberId), target.url(), target.verifyToken())
                .thenApply(verification -> Response.status(verification.verified() ? 200 : 422)
                        .entity(verification)
                        .build());
    }

    @DELETE
    @Path("/{phoneNumberId}/webhook")
    public void unsubscribe(@PathParam("phoneNumberId") String phoneNumberId) {
        find(phoneNumberId).unsubscribe();
    }

    /** A customer writes: a signed {@code messages} webhook goes out; 409 when no webhook is subscribed. */
    @POST
    @Path("/{phoneNumberId}/inbound")
    public CompletionStage<CustomerMessageDelivery> customerWrites(
            @PathParam("phoneNumberId") String phoneNumberId,
            @Valid @NotNull CustomerMessage message,
            @Context HttpServerRequest request) {
        return customerMessages.deliver(find(phoneNumberId), message, publicAddress.of(request));
    }

    /** Delivers the body exactly as given, validly signed or ({@code signature=invalid}) not. */
    @POST
    @Path("/{phoneNumberId}/webhook-deliveries")
    @Consumes(MediaType.WILDCARD)
    public CompletionStage<WebhookResponse> deliverRaw(
            @PathParam("phoneNumberId") String phoneNumberId,
            @QueryParam("signature") @DefaultValue("valid") String signature,
            String body) {
        if (!signature.equals("valid") && !signature.equals("invalid")) {
            throw ControlException.badRequest("signature must be valid or invalid");
        }
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return webhooks.deliverSubscribed(find(phoneNumberId), "raw", bytes, signature.equals("valid"));
    }

    /** Every webhook delivery made to the number's subscriptions, oldest first. */
    @GET
    @Path("/{phoneNumberId}/webhook-deliveries")
    public List<WebhookDelivery> deliveries(@PathParam("phoneNumberId") String phoneNumberId) {
        return find(phoneNumberId).deliveries();
    }

    /** Changes the number's rate limits (any field; the others stay) and answers them; counting starts afresh. */
    @PUT
    @Path("/{phoneNumberId}/limits")
    public WhatsAppLimits changeLimits(
            @PathParam("phoneNumberId") String phoneNumberId, @Valid @NotNull WhatsAppLimitsChanges changes) {
        SimulatedNumber number = find(phoneNumberId);
        WhatsAppLimits limits = number.limiter().limits().with(changes);
        number.changeLimits(limits, clock.instant());
        return limits;
    }

    /** Seeds a template in the number's WhatsApp Business Account (same name and language: replaced). */
    @POST
    @Path("/{phoneNumberId}/templates")
    public Response addTemplate(
            @PathParam("phoneNumberId") String phoneNumberId, @Valid @NotNull TemplateDefinition template) {
        return Response.status(Response.Status.CREATED)
                .entity(templates.save(find(phoneNumberId).number().wabaId(), template))
                .build();
    }

    @GET
    @Path("/{phoneNumberId}/templates")
    public List<MessageTemplate> templates(@PathParam("phoneNumberId") String phoneNumberId) {
        return templates.all(find(phoneNumberId).number().wabaId());
    }

    /**
     * Registers a file as a media object of the number, for customers' media messages to name by id: the body is
     * the file, its {@code Content-Type} the media's mime type.
     */
    @POST
    @Path("/{phoneNumberId}/media")
    @Consumes(MediaType.WILDCARD)
    public Response addMedia(
            @PathParam("phoneNumberId") String phoneNumberId,
            @QueryParam("fileName") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body) {
        SimulatedNumber number = find(phoneNumberId);
        if (body == null || body.length == 0) {
            throw ControlException.badRequest("the body must hold the media file");
        }
        // HTTP clients add a charset to any body; media types keep only their own parameters (codecs=opus).
        String mimeType = contentType == null
                ? "application/octet-stream"
                : contentType.replaceAll("(?i);\\s*charset=[^;]*", "").trim();
        return Response.status(Response.Status.CREATED)
                .entity(MediaView.of(media.save(number.id(), new MediaFile(body, mimeType, fileName))))
                .build();
    }

    private SimulatedNumber find(String phoneNumberId) {
        return numbers.find(phoneNumberId)
                .orElseThrow(() -> ControlException.notFound("no WhatsApp number " + phoneNumberId));
    }
}
