package io.switchboard.whatsapp.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The Graph API operations the adapter uses, as in {@code business-messaging-api_v23.0.yaml}. Only {@link GraphClient}
 * calls it: fault tolerance and error translation live there.
 */
@RegisterRestClient(configKey = "graph-api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface GraphApi {

    @GET
    @Path("/{version}/{phoneNumberId}")
    PhoneNumber phoneNumber(
            @PathParam("version") String version,
            @PathParam("phoneNumberId") String phoneNumberId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @POST
    @Path("/{version}/{phoneNumberId}/messages")
    SendResult sendMessage(
            @PathParam("version") String version,
            @PathParam("phoneNumberId") String phoneNumberId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            JsonNode message);

    @GET
    @Path("/{version}/{mediaId}")
    MediaInfo media(
            @PathParam("version") String version,
            @PathParam("mediaId") String mediaId,
            @QueryParam("phone_number_id") String phoneNumberId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/{version}/{phoneNumberId}/whatsapp_business_profile")
    BusinessProfile.Page businessProfile(
            @PathParam("version") String version,
            @PathParam("phoneNumberId") String phoneNumberId,
            @QueryParam("fields") String fields,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @POST
    @Path("/{version}/{phoneNumberId}/whatsapp_business_profile")
    JsonNode updateBusinessProfile(
            @PathParam("version") String version,
            @PathParam("phoneNumberId") String phoneNumberId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            BusinessProfile profile);

    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        return GraphApiException.fromResponse(response.getStatus(), body);
    }
}
