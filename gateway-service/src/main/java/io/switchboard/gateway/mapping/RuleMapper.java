package io.switchboard.gateway.mapping;

import io.switchboard.gateway.entity.Rule;
import io.switchboard.gateway.rest.RuleAction;
import io.switchboard.gateway.rest.RuleTrigger;
import io.switchboard.gateway.rest.RuleView;

public final class RuleMapper {

    private RuleMapper() {}

    public static RuleView toView(Rule rule) {
        return new RuleView(
                rule.id,
                rule.name,
                new RuleTrigger(rule.triggerType, rule.keywords),
                new RuleAction(rule.actionType, rule.replyText),
                rule.channelId,
                rule.priority,
                rule.enabled,
                rule.createdAt,
                rule.updatedAt);
    }
}
