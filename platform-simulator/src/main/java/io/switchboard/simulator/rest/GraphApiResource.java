package io.switchboard.simulator.rest;

import io.switchboard.simulator.model.Platform;
import io.switchboard.simulator.service.whatsapp.BusinessProfileOperations;
import io.switchboard.simulator.service.whatsapp.GraphAccess;
import io.switchboard.simulator.service.whatsapp.GraphApiException;
import io.switchboard.simulator.service.whatsapp.MediaOperations;
import io.switchboard.simulator.service.whatsapp.MessageOperations;
import io.switchboard.simulator.service.whatsapp.PhoneNumberOperations;
import io.switchboard.simulator.service.whatsapp.TemplateOperations;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The simulated WhatsApp Cloud API (Graph API) under {@code /{version}/...}, any {@code vNN.N} version. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Graph API (simulated)")
public class GraphApiResource {

    /**
     * Any Graph API version ({@code v23.0}, {@code v24.0}, ...). The class itself sits at the root, like
     * {@link BotApiResource}: Quarkus REST picks one root class per templated first segment, so both platforms'
     * templated paths live at method level, where the regular expressions tell them apart.
     */
    static final String VERSION = "/{version: v\\d+\\.\\d+}";

    private final PlatformExchange exchange;
    private final GraphAccess access;
    private final PhoneNumberOperations phoneNumbers;
    private final MessageOperations messages;
    private final BusinessProfileOperations businessProfiles;
    private final MediaOperations media;
    private final TemplateOperations templates;
    private final PublicAddress publicAddress;

    GraphApiResource(
            PlatformExchange exchange,
            GraphAccess access,
            PhoneNumberOperations phoneNumbers,
            MessageOperations messages,
            BusinessProfileOperations businessProfiles,
            MediaOperations media,
            TemplateOperations templates,
            PublicAddress publicAddress) {
        this.exchange = exchange;
        this.access = access;
        this.phoneNumbers = phoneNumbers;
        this.messages = messages;
        this.businessProfiles = businessProfiles;
        this.media = media;
        this.templates = templates;
        this.publicAddress = publicAddress;
    }

    /** A Graph object by id: a media object (its download link), or a business phone number. */
    @GET
    @Path(VERSION + "/{objectId}")
    public CompletionStage<Response> object(
            @PathParam("objectId") String objectId,
            @QueryParam("fields") String fields,
            @QueryParam("phone_number_id") String phoneNumberId,
            @QueryParam("access_token") String accessToken,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest request) {
        return exchange.answer(
                Platform.WHATSAPP,
                request,
                null,
                () -> media.isMedia(objectId)
                        ? media.describe(objectId, authorization, accessToken, phoneNumberId, publicAddress.of(request))
                        : phoneNumbers.describe(access.number("GET", objectId, authorization, accessToken), fields));
    }

    @GET
    @Path(VERSION + "/{wabaId}/message_templates")
    public CompletionStage<Response> messageTemplates(
            @PathParam("wabaId") String wabaId,
            @QueryParam("name") String name,
            @QueryParam("language") String language,
            @QueryParam("status") String status,
            @QueryParam("category") String category,
            @QueryParam("limit") Integer limit,
            @QueryParam("after") String after,
            @QueryParam("access_token") String accessToken,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest request) {
        TemplateOperations.Query query = new TemplateOperations.Query(name, language, status, category, limit, after);
        return exchange.answer(
                Platform.WHATSAPP, request, null, () -> templates.list(wabaId, authorization, accessToken, query));
    }

    @POST
    @Path(VERSION + "/{phoneNumberId}/messages")
    @Consumes(MediaType.WILDCARD)
    public CompletionStage<Response> messages(
            @PathParam("phoneNumberId") String phoneNumberId,
            @QueryParam("access_token") String accessToken,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest request,
            String body) {
        return exchange.answer(
                Platform.WHATSAPP,
                request,
                body,
                () -> messages.post(access.number("POST", phoneNumberId, authorization, accessToken), body));
    }

    @GET
    @Path(VERSION + "/{phoneNumberId}/whatsapp_business_profile")
    public CompletionStage<Response> businessProfile(
            @PathParam("phoneNumberId") String phoneNumberId,
            @QueryParam("fields") String fields,
            @QueryParam("access_token") String accessToken,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest request) {
        return exchange.answer(
                Platform.WHATSAPP,
                request,
                null,
                () -> businessProfiles.read(access.number("GET", phoneNumberId, authorization, accessToken), fields));
    }

    @POST
    @Path(VERSION + "/{phoneNumberId}/whatsapp_business_profile")
    @Consumes(MediaType.WILDCARD)
    public CompletionStage<Response> updateBusinessProfile(
            @PathParam("phoneNumberId") String phoneNumberId,
            @QueryParam("access_token") String accessToken,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest request,
            String body) {
        return exchange.answer(
                Platform.WHATSAPP,
                request,
                body,
                () -> businessProfiles.update(access.number("POST", phoneNumberId, authorization, accessToken), body));
    }

    @POST
    @Path(VERSION + "/{objectId}")
    @Consumes(MediaType.WILDCARD)
    public CompletionStage<Response> unknownObjectPost(@Context HttpServerRequest request, String body) {
        return unknown(request, body);
    }

    /** Deletes a media object; other objects cannot be deleted here. */
    @DELETE
    @Path(VERSION + "/{objectId}")
    public CompletionStage<Response> deleteObject(
            @PathParam("objectId") String objectId,
            @QueryParam("phone_number_id") String phoneNumberId,
            @QueryParam("access_token") String accessToken,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest request) {
        return exchange.answer(Platform.WHATSAPP, request, null, () -> {
            if (!media.isMedia(objectId)) {
                throw GraphApiException.unknownPath(request.path());
            }
            return media.delete(objectId, authorization, accessToken, phoneNumberId);
        });
    }

    @GET
    @Path(VERSION + "/{phoneNumberId}/{edge: .+}")
    public CompletionStage<Response> unknownEdgeGet(@Context HttpServerRequest request) {
        return unknown(request, null);
    }

    @POST
    @Path(VERSION + "/{phoneNumberId}/{edge: .+}")
    @Consumes(MediaType.WILDCARD)
    public CompletionStage<Response> unknownEdgePost(@Context HttpServerRequest request, String body) {
        return unknown(request, body);
    }

    @DELETE
    @Path(VERSION + "/{phoneNumberId}/{edge: .+}")
    public CompletionStage<Response> unknownEdgeDelete(@Context HttpServerRequest request) {
        return unknown(request, null);
    }

    /** Paths the simulator does not play yet are recorded and answered as Graph answers an unknown edge. */
    private CompletionStage<Response> unknown(HttpServerRequest request, String body) {
        return exchange.answer(Platform.WHATSAPP, request, body, () -> {
            throw GraphApiException.unknownPath(request.path());
        });
    }
}
