package io.switchboard.simulator.service.whatsapp;

import io.switchboard.simulator.model.PlatformAnswer;
import io.switchboard.simulator.model.whatsapp.MessageTemplate;
import io.switchboard.simulator.repository.NumberRepository;
import io.switchboard.simulator.repository.TemplateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /{version}/{waba-id}/message_templates}: the account's templates, filtered by {@code name},
 * {@code language}, {@code status} and {@code category}, a page of {@code limit} (default 25) at a time with Graph's
 * cursor paging ({@code after}).
 */
@ApplicationScoped
public class TemplateOperations {

    private static final int DEFAULT_LIMIT = 25;

    private final TemplateRepository templates;
    private final NumberRepository numbers;
    private final GraphAccess access;

    TemplateOperations(TemplateRepository templates, NumberRepository numbers, GraphAccess access) {
        this.templates = templates;
        this.numbers = numbers;
        this.access = access;
    }

    /** The query's filters and page. */
    public record Query(String name, String language, String status, String category, Integer limit, String after) {}

    public PlatformAnswer list(String wabaId, String authorization, String tokenParameter, Query query) {
        String token = access.accessToken(authorization, tokenParameter);
        if (numbers.ofAccount(wabaId, token).isEmpty()) {
            throw GraphApiException.unsupportedRequest("GET", wabaId);
        }
        List<MessageTemplate> matching = templates.all(wabaId).stream()
                .filter(template -> query.name() == null || template.name().equals(query.name()))
                .filter(template ->
                        query.language() == null || template.language().equals(query.language()))
                .filter(template -> query.status() == null || template.status().equalsIgnoreCase(query.status()))
                .filter(template ->
                        query.category() == null || template.category().equalsIgnoreCase(query.category()))
                .toList();
        int limit = query.limit() == null || query.limit() < 1 ? DEFAULT_LIMIT : query.limit();
        int from = Math.min(position(query.after()), matching.size());
        int to = Math.min(from + limit, matching.size());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("data", matching.subList(from, to));
        Map<String, Object> cursors = new LinkedHashMap<>();
        cursors.put("before", cursor(from));
        cursors.put("after", cursor(Math.max(from, to - 1) + 1));
        Map<String, Object> paging = new LinkedHashMap<>();
        paging.put("cursors", cursors);
        answer.put("paging", paging);
        return PlatformAnswer.ok(answer);
    }

    /** Cursors are opaque to clients; here they encode the position after which the next page starts. */
    private static String cursor(int position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("position:" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int position(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return Math.max(0, Integer.parseInt(decoded.substring("position:".length())));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw GraphApiException.invalidParameter("Param after is not a valid cursor.");
        }
    }
}
