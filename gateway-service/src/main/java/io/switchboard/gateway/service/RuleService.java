package io.switchboard.gateway.service;

import io.switchboard.common.problem.Problems;
import io.switchboard.gateway.entity.Rule;
import io.switchboard.gateway.repository.RuleRepository;
import io.switchboard.gateway.rest.RuleRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A tenant's routing rules, and which one answers a message. */
@ApplicationScoped
public class RuleService {

    private static final int DEFAULT_PRIORITY = 100;

    @Inject
    RuleRepository rules;

    public List<Rule> list(String tenantId) {
        return rules.listForTenant(tenantId);
    }

    public Rule get(String tenantId, UUID id) {
        return rules.findForTenant(tenantId, id).orElseThrow(() -> Problems.notFound("rule", id.toString()));
    }

    @Transactional
    public Rule create(String tenantId, RuleRequest request) {
        Rule rule = new Rule();
        rule.id = UUID.randomUUID();
        rule.tenantId = tenantId;
        rule.createdAt = Instant.now();
        apply(rule, request);
        rules.persist(rule);
        return rule;
    }

    @Transactional
    public Rule replace(String tenantId, UUID id, RuleRequest request) {
        Rule rule = get(tenantId, id);
        apply(rule, request);
        return rule;
    }

    @Transactional
    public void delete(String tenantId, UUID id) {
        rules.delete(get(tenantId, id));
    }

    /** The first enabled rule of the channel whose trigger the text matches, in priority order. */
    public Optional<Rule> firstMatch(String tenantId, String channelId, String text) {
        return rules.activeFor(tenantId, channelId).stream()
                .filter(rule -> KeywordMatcher.mentionsAny(text, rule.keywords))
                .findFirst();
    }

    private static void apply(Rule rule, RuleRequest request) {
        List<String> keywords = request.trigger().keywords().stream()
                .map(KeywordMatcher::normalize)
                .distinct()
                .toList();
        if (keywords.stream().anyMatch(String::isEmpty)) {
            throw Problems.badRequest("Every keyword needs at least one letter or digit.");
        }
        rule.name = request.name().strip();
        rule.triggerType = request.trigger().type();
        rule.keywords = keywords;
        rule.actionType = request.action().type();
        rule.replyText = request.action().text();
        rule.channelId = request.channelId();
        rule.priority = request.priority() != null ? request.priority() : DEFAULT_PRIORITY;
        rule.enabled = request.enabled() == null || request.enabled();
        rule.updatedAt = Instant.now();
    }
}
