package io.switchboard.simulator.rest;

import io.switchboard.simulator.model.LimitViolations;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import io.switchboard.simulator.model.whatsapp.SimulatedNumber;
import io.switchboard.simulator.repository.BotRepository;
import io.switchboard.simulator.repository.NumberRepository;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Control API for the rate limits' violation counters of every number and bot: read them, or reset them all. */
@Path("/simulator/limits/violations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Simulator control: rate limits")
public class LimitViolationsResource {

    private final NumberRepository numbers;
    private final BotRepository bots;

    LimitViolationsResource(NumberRepository numbers, BotRepository bots) {
        this.numbers = numbers;
        this.bots = bots;
    }

    @GET
    public LimitViolations violations() {
        Map<String, Map<String, Long>> whatsapp = new TreeMap<>();
        for (SimulatedNumber number : numbers.all()) {
            whatsapp.put(number.id(), number.violations().snapshot());
        }
        Map<String, Map<String, Long>> telegram = new TreeMap<>();
        for (SimulatedBot bot : bots.all()) {
            telegram.put(Long.toString(bot.id()), bot.violations().snapshot());
        }
        return new LimitViolations(whatsapp, telegram);
    }

    /** Sets every counter back to zero; limits and their current state stay. */
    @DELETE
    public void reset() {
        numbers.all().forEach(number -> number.violations().reset());
        bots.all().forEach(bot -> bot.violations().reset());
    }
}
