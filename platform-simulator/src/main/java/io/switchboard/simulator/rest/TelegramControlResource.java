package io.switchboard.simulator.rest;

import io.switchboard.simulator.mapping.ControlViews;
import io.switchboard.simulator.model.telegram.BotView;
import io.switchboard.simulator.model.telegram.ChatMessage;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import io.switchboard.simulator.model.telegram.TelegramBot;
import io.switchboard.simulator.model.telegram.UpdateOutcome;
import io.switchboard.simulator.repository.BotRepository;
import io.switchboard.simulator.service.ControlException;
import io.switchboard.simulator.service.telegram.IncomingUpdates;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Control API for the simulated Telegram side: bots BotFather created, and users writing to them. */
@Path("/simulator/telegram/bots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Simulator control: Telegram")
public class TelegramControlResource {

    private final BotRepository bots;
    private final IncomingUpdates incoming;

    TelegramControlResource(BotRepository bots, IncomingUpdates incoming) {
        this.bots = bots;
        this.incoming = incoming;
    }

    /** Registers a bot (replacing one with the same id, with its webhook and pending updates). */
    @POST
    public Response register(@Valid @NotNull TelegramBot bot) {
        return Response.status(Response.Status.CREATED)
                .entity(ControlViews.bot(bots.save(bot)))
                .build();
    }

    @GET
    @Path("/{botId}")
    public BotView bot(@PathParam("botId") long botId) {
        return ControlViews.bot(find(botId));
    }

    /** A user writes in a chat, or a raw update arrives: pushed to the webhook if set, else queued. */
    @POST
    @Path("/{botId}/inbound")
    public CompletionStage<UpdateOutcome> inbound(@PathParam("botId") long botId, @Valid @NotNull ChatMessage message) {
        return incoming.receive(find(botId), message);
    }

    private SimulatedBot find(long botId) {
        return bots.find(botId).orElseThrow(() -> ControlException.notFound("no Telegram bot " + botId));
    }
}
