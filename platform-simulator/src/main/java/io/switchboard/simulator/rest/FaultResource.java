package io.switchboard.simulator.rest;

import io.switchboard.simulator.model.ActiveFault;
import io.switchboard.simulator.model.Fault;
import io.switchboard.simulator.repository.FaultRepository;
import io.switchboard.simulator.service.ControlException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Control API for injected faults: make the next matching platform calls fail (429, 5xx, ...) or answer slowly. */
@Path("/simulator/faults")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Simulator control: faults")
public class FaultResource {

    private final FaultRepository faults;

    FaultResource(FaultRepository faults) {
        this.faults = faults;
    }

    @POST
    public Response inject(@Valid @NotNull Fault fault) {
        return Response.status(Response.Status.CREATED)
                .entity(faults.add(fault))
                .build();
    }

    @GET
    public List<ActiveFault> active() {
        return faults.all();
    }

    @DELETE
    public void clear() {
        faults.clear();
    }

    @DELETE
    @Path("/{id}")
    public void remove(@PathParam("id") long id) {
        if (!faults.remove(id)) {
            throw ControlException.notFound("no fault " + id);
        }
    }
}
