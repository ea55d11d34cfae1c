package io.switchboard.whatsapp.service;

import io.switchboard.common.problem.ProblemException;
import io.switchboard.common.problem.Problems;
import io.switchboard.whatsapp.client.GraphApiException;

/** Meta's answers to calls made on a tenant's behalf, as problems the tenant can act on. */
final class GraphProblems {

    private GraphProblems() {}

    /** Meta failed or could not be reached: worth retrying later. */
    static ProblemException unreachable(String action) {
        return Problems.badGateway(
                "WhatsApp unreachable", "The Graph API could not be reached to " + action + "; try again shortly.");
    }

    /** Meta answered with an error: a 5xx is Meta's failure, anything else a refusal with Meta's code and words. */
    static ProblemException refused(String action, GraphApiException e) {
        if (e.httpStatus() >= 500) {
            return Problems.badGateway("WhatsApp failed", "The Graph API failed to " + action + ": " + e.describe());
        }
        if (e.invalidToken()) {
            return Problems.unprocessable(
                    "whatsapp-token-refused",
                    "WhatsApp refused the channel's access token",
                    "Meta refused the channel's access token while trying to " + action + " (" + e.describe()
                            + "). Set a new one with PATCH /api/v1/channels/whatsapp/{channelId}.");
        }
        return Problems.unprocessable(
                "whatsapp-refused", "WhatsApp refused the request", "Meta refused to " + action + ": " + e.describe());
    }
}
