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

    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        return GraphApiException.fromResponse(response.getStatus(), body);
    }
}
