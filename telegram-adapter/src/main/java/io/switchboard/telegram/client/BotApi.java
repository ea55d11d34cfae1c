package io.switchboard.telegram.client;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The Bot API as Telegram serves it: every method is {@code POST /bot<token>/<method>} with JSON parameters, answered
 * with the {@code {ok, result | error_code, description, parameters}} envelope. Only {@link BotApiClient} uses it.
 */
@RegisterRestClient(configKey = "bot-api")
@Path("/bot{token}")
interface BotApi {

    @POST
    @Path("/{method}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    BotApiResponse call(@PathParam("token") String token, @PathParam("method") String method, Object parameters);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return BotApiErrors.fromResponse(response);
    }
}
