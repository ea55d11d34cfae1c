package io.switchboard.whatsapp.client;

/** The Graph API could not be reached at all (connection refused, unknown host): the request never arrived. */
public class GraphUnreachableException extends RuntimeException {

    public GraphUnreachableException(Throwable cause) {
        super("the Graph API could not be reached: " + cause.getMessage(), cause);
    }
}
