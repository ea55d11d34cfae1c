package io.switchboard.simulator.model.whatsapp;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A registered number's live state: its webhook subscription and the deliveries made to it. */
public final class SimulatedNumber {

    private final WhatsAppNumber number;
    private final int deliveryLogCapacity;
    private final Deque<WebhookDelivery> deliveries = new ArrayDeque<>();
    private volatile WebhookSubscription subscription;
    private volatile BusinessProfile businessProfile = BusinessProfile.EMPTY;

    public SimulatedNumber(WhatsAppNumber number, int deliveryLogCapacity) {
        this.number = number;
        this.deliveryLogCapacity = deliveryLogCapacity;
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
