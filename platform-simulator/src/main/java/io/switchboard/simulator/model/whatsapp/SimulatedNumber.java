package io.switchboard.simulator.model.whatsapp;

import io.switchboard.simulator.model.limits.LimitKind;
import io.switchboard.simulator.model.limits.ViolationCounters;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A registered number's live state: its webhook subscription and the deliveries made to it, its business profile,
 * and its rate limits with how often they refused a send.
 */
public final class SimulatedNumber {

    private final WhatsAppNumber number;
    private final int deliveryLogCapacity;
    private final Deque<WebhookDelivery> deliveries = new ArrayDeque<>();
    private final ViolationCounters violations = new ViolationCounters(List.of(LimitKind.THROUGHPUT, LimitKind.PAIR));
    private volatile WebhookSubscription subscription;
    private volatile BusinessProfile businessProfile = BusinessProfile.EMPTY;
    private volatile NumberLimiter limiter;

    public SimulatedNumber(WhatsAppNumber number, int deliveryLogCapacity, WhatsAppLimits limits, Instant now) {
        this.number = number;
        this.deliveryLogCapacity = deliveryLogCapacity;
        this.limiter = new NumberLimiter(limits, now);
    }

    public WhatsAppNumber number() {
        return number;
    }

    public String id() {
        return number.phoneNumberId();
    }

    public Optional<WebhookSubscription> subscription() {
        return Optional.ofNullable(subscription);
    }

    public void subscribe(WebhookSubscription subscription) {
        this.subscription = subscription;
    }

    public void unsubscribe() {
        this.subscription = null;
    }

    public BusinessProfile businessProfile() {
        return businessProfile;
    }

    public void updateBusinessProfile(BusinessProfile businessProfile) {
        this.businessProfile = businessProfile;
    }

    public NumberLimiter limiter() {
        return limiter;
    }

    /** New limits start afresh: the throughput bucket full, no recipient owing anything. */
    public void changeLimits(WhatsAppLimits limits, Instant now) {
        this.limiter = new NumberLimiter(limits, now);
    }

    public ViolationCounters violations() {
        return violations;
    }

    public synchronized void recordDelivery(WebhookDelivery delivery) {
        if (deliveries.size() == deliveryLogCapacity) {
            deliveries.removeFirst();
        }
        deliveries.addLast(delivery);
    }

    /** Deliveries made to this number's webhook, oldest first. */
    public synchronized List<WebhookDelivery> deliveries() {
        return List.copyOf(deliveries);
    }
}
