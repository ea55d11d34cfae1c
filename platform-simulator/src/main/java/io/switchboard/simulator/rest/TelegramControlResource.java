package io.switchboard.simulator.rest;

import io.switchboard.simulator.mapping.ControlViews;
import io.switchboard.simulator.model.telegram.BotLimits;
import io.switchboard.simulator.model.telegram.BotLimitsChanges;
import io.switchboard.simulator.model.telegram.BotView;
import io.switchboard.simulator.model.telegram.ChatMessage;
import io.switchboard.simulator.model.telegram.ChatMigration;
import io.switchboard.simulator.model.telegram.MembershipChange;
import io.switchboard.simulator.model.telegram.MigrationOutcome;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import io.switchboard.simulator.model.telegram.TelegramBot;
import io.switchboard.simulator.model.telegram.UpdateOutcome;
import io.switchboard.simulator.repository.BotRepository;
import io.switchboard.simulator.service.ControlException;
import io.switchboard.simulator.service.telegram.ChatChanges;
import io.switchboard.simulator.service.telegram.IncomingUpdates;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Control API for the simulated Telegram side: bots BotFather created, users writing to them, their flood limits, and
 * what happens to their chats (upgrades to supergroups, membership changes).
 */
@Path("/simulator/telegram/bots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Simulator control: Telegram")
public class TelegramControlResource {

    private final BotRepository bots;
    private final IncomingUpdates incoming;
    private final ChatChanges chatChanges;
    private final Clock clock;

    TelegramControlResource(BotRepository bots, IncomingUpdates incoming, ChatChanges chatChanges, Clock clock) {
        this.bots = bots;
        this.incoming = incoming;
        this.chatChanges = chatChanges;
        this.clock = clock;
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

    /** Changes the bot's flood limits (any field; the others stay) and answers them; counting starts afresh. */
    @PUT
    @Path("/{botId}/limits")
    public BotLimits changeLimits(@PathParam("botId") long botId, @Valid @NotNull BotLimitsChanges changes) {
        SimulatedBot bot = find(botId);
        BotLimits limits = bot.limiter().limits().with(changes);
        bot.changeLimits(limits, clock.instant());
        return limits;
    }

    /** A group becomes a supergroup: both service messages go out, and the old id is refused from now on. */
    @POST
    @Path("/{botId}/chats/{chatId}/migrate")
    public CompletionStage<MigrationOutcome> migrate(
            @PathParam("botId") long botId, @PathParam("chatId") long chatId, @Valid @NotNull ChatMigration migration) {
        return chatChanges.migrate(find(botId), chatId, migration);
    }

    /** The bot (or another user) joins, is promoted, restricted, leaves or is removed: a membership update. */
    @POST
    @Path("/{botId}/chats/{chatId}/members")
    public CompletionStage<UpdateOutcome> changeMembership(
            @PathParam("botId") long botId, @PathParam("chatId") long chatId, @Valid @NotNull MembershipChange change) {
        return chatChanges.changeMembership(find(botId), chatId, change);
    }

    private SimulatedBot find(long botId) {
        return bots.find(botId).orElseThrow(() -> ControlException.notFound("no Telegram bot " + botId));
    }
}
