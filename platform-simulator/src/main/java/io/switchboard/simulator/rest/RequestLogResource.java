package io.switchboard.simulator.rest;

import io.switchboard.simulator.model.Platform;
import io.switchboard.simulator.model.RecordedRequest;
import io.switchboard.simulator.repository.RequestLog;
import io.switchboard.simulator.service.ControlException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What Switchboard sent to the platforms: every Graph and Bot API request received, oldest first. */
@Path("/simulator/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Simulator control: recorded requests")
public class RequestLogResource {

    private final RequestLog requests;

    RequestLogResource(RequestLog requests) {
        this.requests = requests;
    }

    @GET
    public List<RecordedRequest> find(
            @QueryParam("platform") String platform, @QueryParam("pathContains") String pathContains) {
        return requests.find(platform(platform), pathContains);
    }

    /** Forgets the recorded requests; numbers and bots stay. */
    @DELETE
    public void clear() {
        requests.clear();
    }

    private static Optional<Platform> platform(String name) {
        try {
            return Platform.fromWireName(name);
        } catch (IllegalArgumentException e) {
            throw ControlException.badRequest("platform must be whatsapp or telegram");
        }
    }
}
