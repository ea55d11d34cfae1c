package io.switchboard.simulator.rest;

import io.switchboard.simulator.model.ControlError;
import io.switchboard.simulator.service.ControlException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The control API's refusals as {@code {"status": N, "message": "..."}}. */
public class ControlExceptionMappers {

    @ServerExceptionMapper
    public Response refused(ControlException refusal) {
        return Response.status(refusal.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ControlError(refusal.status(), refusal.getMessage()))
                .build();
    }
}
