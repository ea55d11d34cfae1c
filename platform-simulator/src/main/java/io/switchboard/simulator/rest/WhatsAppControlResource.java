package io.switchboard.simulator.rest;

import io.switchboard.simulator.client.WebhookResponse;
import io.switchboard.simulator.mapping.ControlViews;
import io.switchboard.simulator.model.whatsapp.CustomerMessage;
import io.switchboard.simulator.model.whatsapp.CustomerMessageDelivery;
import io.switchboard.simulator.model.whatsapp.NumberView;
import io.switchboard.simulator.model.whatsapp.SimulatedNumber;
import io.switchboard.simulator.model.whatsapp.WebhookDelivery;
import io.switchboard.simulator.model.whatsapp.WebhookTarget;
import io.switchboard.simulator.model.whatsapp.WhatsAppNumber;
import io.switchboard.simulator.repository.NumberRepository;
import io.switchboard.simulator.service.ControlException;
import io.switchboard.simulator.service.whatsapp.CustomerMessages;
import io.switchboard.simulator.service.whatsapp.WebhookVerifications;
import io.switchboard.simulator.service.whatsapp.WhatsAppWebhooks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Control API for the simulated WhatsApp side: numbers Meta knows, their webhook subscriptions, customers writing,
 * and raw webhook deliveries for tests of signatures and odd payloads.
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

    WhatsAppControlResource(
            NumberRepository numbers,
            WebhookVerifications verifications,
            CustomerMessages customerMessages,
            WhatsAppWebhooks webhooks) {
        this.numbers = numbers;
        this.verifications = verifications;
        this.customerMessages = customerMessages;
        this.webhooks = webhooks;
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
            @PathParam("phoneNumberId") String phoneNumberId, @Valid @NotNull CustomerMessage message) {
        return customerMessages.deliver(find(phoneNumberId), message);
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

    private SimulatedNumber find(String phoneNumberId) {
        return numbers.find(phoneNumberId)
                .orElseThrow(() -> ControlException.notFound("no WhatsApp number " + phoneNumberId));
    }
}
