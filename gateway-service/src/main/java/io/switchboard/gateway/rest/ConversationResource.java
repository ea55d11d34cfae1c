package io.switchboard.gateway.rest;

import io.quarkus.panache.common.Page;
import io.switchboard.common.security.Roles;
import io.switchboard.common.security.TenantContext;
import io.switchboard.gateway.service.InboxService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The inbox: every conversation of every channel, and the message log with delivery states. */
@Path("/api/v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
@Tag(name = "Conversations")
public class ConversationResource {

    @Inject
    TenantContext tenant;

    @Inject
    InboxService inbox;

    @GET
    @Operation(summary = "Conversations, most recently active first")
    public List<ConversationView> list(
            @QueryParam("channelId") String channelId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return inbox.conversations(tenant.tenantId(), channelId, Page.of(page, size));
    }

    @GET
    @Path("/{conversationId}")
    public ConversationView get(@PathParam("conversationId") UUID conversationId) {
        return inbox.conversation(tenant.tenantId(), conversationId);
    }

    @GET
    @Path("/{conversationId}/messages")
    @Operation(summary = "A conversation's messages, oldest first, with delivery states")
    public List<MessageView> messages(
            @PathParam("conversationId") UUID conversationId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(500) int size) {
        return inbox.messages(tenant.tenantId(), conversationId, Page.of(page, size));
    }
}
