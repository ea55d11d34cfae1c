package io.switchboard.simulator.service.whatsapp;

import io.switchboard.simulator.model.whatsapp.SimulatedNumber;
import io.switchboard.simulator.repository.NumberRepository;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Graph API authorization: the caller's access token must be one Meta issued, and the requested phone number must
 * belong to that token's app. A token is taken from {@code Authorization: Bearer} or the {@code access_token}
 * parameter, as Graph accepts both.
 */
@ApplicationScoped
public class GraphAccess {

    private static final String BEARER = "bearer ";

    private final NumberRepository numbers;

    GraphAccess(NumberRepository numbers) {
        this.numbers = numbers;
    }

    /** The number {@code phoneNumberId} if {@code token} may use it; otherwise the Graph error Meta answers. */
    public SimulatedNumber number(
            String httpMethod, String phoneNumberId, String authorization, String tokenParameter) {
        String token = accessToken(authorization, tokenParameter);
        return numbers.find(phoneNumberId)
                .filter(number -> number.number().accessToken().equals(token))
                .orElseThrow(() -> GraphApiException.unsupportedRequest(httpMethod, phoneNumberId));
    }

    /** The caller's access token, if Meta issued it; otherwise Graph's 401 (code 190). */
    public String accessToken(String authorization, String tokenParameter) {
        String token = token(authorization, tokenParameter);
        if (token == null || !numbers.knowsAccessToken(token)) {
            throw GraphApiException.invalidAccessToken();
        }
        return token;
    }

    /** Whether the app that was issued {@code token} owns number {@code phoneNumberId}. */
    public boolean owns(String token, String phoneNumberId) {
        return numbers.find(phoneNumberId)
                .filter(number -> number.number().accessToken().equals(token))
                .isPresent();
    }

    private static String token(String authorization, String tokenParameter) {
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorization.substring(BEARER.length()).trim();
            return token.isEmpty() ? null : token;
        }
        return tokenParameter == null || tokenParameter.isBlank() ? null : tokenParameter;
    }
}
