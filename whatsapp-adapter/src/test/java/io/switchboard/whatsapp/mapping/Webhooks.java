package io.switchboard.whatsapp.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.contract.inbound.InboundEvent;
import io.switchboard.testsupport.fixtures.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Normalises fixture bodies for a channel of the fixtures' phone number, without a database. */
final class Webhooks implements WebhookContext {

    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String DISPLAY_NUMBER = "15550783881";
    static final String TENANT = "tenant-a";
    static final String CHANNEL = "7d5bfa43-0f38-4d0c-9d43-5a0d4c6a7f11";

    private final Map<String, ChannelRef> numbers = new HashMap<>();
    private final Map<String, SentMessageRef> sent = new HashMap<>();

    Webhooks() {
        numbers.put(PHONE_NUMBER_ID, new ChannelRef(TENANT, CHANNEL));
    }

    Webhooks withChannel(String phoneNumberId, String channelId) {
        numbers.put(phoneNumberId, new ChannelRef(TENANT, channelId));
        return this;
    }

    Webhooks withSent(String wamid, UUID messageId, String channelId) {
        sent.put(wamid, new SentMessageRef(messageId, TENANT, channelId));
        return this;
    }

    NormalizedWebhook normalize(String fixture) {
        return new WebhookNormalizer().normalize(json(Fixtures.text("webhooks/" + fixture)), this);
    }

    NormalizedWebhook normalizeJson(String body) {
        return new WebhookNormalizer().normalize(json(body), this);
    }

    /** The one event a single-message fixture yields. */
    InboundEvent single(String fixture) {
        List<InboundEvent> events = normalize(fixture).events();
        if (events.size() != 1) {
            throw new AssertionError(fixture + " gave " + events.size() + " events: " + events);
        }
        return events.get(0);
    }

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<ChannelRef> channelFor(String phoneNumberId) {
        return Optional.ofNullable(numbers.get(phoneNumberId == null ? PHONE_NUMBER_ID : phoneNumberId));
    }

    /** Account-level webhooks name the fixtures' display number, or none. */
    @Override
    public Optional<ChannelRef> channelForDisplayNumber(String displayPhoneNumber) {
        return displayPhoneNumber == null
                        || WebhookContext.digits(displayPhoneNumber).equals(DISPLAY_NUMBER)
                ? Optional.of(numbers.get(PHONE_NUMBER_ID))
                : Optional.empty();
    }

    @Override
    public Optional<SentMessageRef> sentMessage(String wamid) {
        return Optional.ofNullable(sent.get(wamid));
    }
}
