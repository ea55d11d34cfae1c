package io.switchboard.simulator.rest;

import io.switchboard.simulator.model.Platform;
import io.switchboard.simulator.model.whatsapp.MediaFile;
import io.switchboard.simulator.service.whatsapp.GraphAccess;
import io.switchboard.simulator.service.whatsapp.MediaLinks;
import io.switchboard.simulator.service.whatsapp.MediaOperations;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The simulated Graph API's media uploads ({@code POST /{version}/{phone-number-id}/media}, multipart form data with
 * {@code file}, {@code type} and {@code messaging_product}) and the lookaside download links
 * ({@code GET /whatsapp_business/attachments/?mid=...}). Reading and deleting a media object by id is in
 * {@link GraphApiResource}, which owns {@code /{version}/{id}}.
 */
@Path("/")
@Tag(name = "Graph API (simulated)")
public class GraphMediaResource {

    private final PlatformExchange exchange;
    private final GraphAccess access;
    private final MediaOperations media;

    GraphMediaResource(PlatformExchange exchange, GraphAccess access, MediaOperations media) {
        this.exchange = exchange;
        this.access = access;
        this.media = media;
    }

    @POST
    @Path(GraphApiResource.VERSION + "/{phoneNumberId}/media")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> upload(
            @PathParam("phoneNumberId") String phoneNumberId,
            @QueryParam("access_token") String accessToken,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @RestForm("messaging_product") String messagingProduct,
            @RestForm("type") String type,
            @RestForm("file") FileUpload file,
            @Context HttpServerRequest request) {
        String recorded = "multipart/form-data: messaging_product=" + messagingProduct + ", type=" + type + ", file="
                + (file == null
                        ? "none"
                        : file.fileName() + " (" + file.size() + " bytes, " + file.contentType() + ")");
        return exchange.answer(
                Platform.WHATSAPP,
                request,
                recorded,
                () -> media.upload(
                        access.number("POST", phoneNumberId, authorization, accessToken),
                        messagingProduct,
                        file == null ? null : mediaFile(file, type)));
    }

    /** An upload that is not a multipart form has no file part: Graph's error for a missing file. */
    @POST
    @Path(GraphApiResource.VERSION + "/{phoneNumberId}/media")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> uploadWithoutForm(
            @PathParam("phoneNumberId") String phoneNumberId,
            @QueryParam("access_token") String accessToken,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest request,
            String body) {
        return exchange.answer(
                Platform.WHATSAPP,
                request,
                body,
                () -> media.upload(access.number("POST", phoneNumberId, authorization, accessToken), "whatsapp", null));
    }

    /** A download link from {@code GET /{media-id}}: the bytes, with the same bearer token, for 5 minutes. */
    @GET
    @Path(MediaLinks.PATH)
    public CompletionStage<Response> download(
            @QueryParam("mid") String mid,
            @QueryParam("ext") String ext,
            @QueryParam("hash") String hash,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest request) {
        return exchange.answer(Platform.WHATSAPP, request, null, () -> media.download(authorization, mid, ext, hash));
    }

    private static MediaFile mediaFile(FileUpload file, String type) {
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            String mimeType = type != null && !type.isBlank() ? type : file.contentType();
            return new MediaFile(bytes, mimeType, file.fileName());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an uploaded file", e);
        }
    }
}
