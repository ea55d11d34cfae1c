package io.switchboard.simulator.repository;

import io.switchboard.simulator.config.SimulatorConfig;
import io.switchboard.simulator.model.whatsapp.SimulatedNumber;
import io.switchboard.simulator.model.whatsapp.WhatsAppLimits;
import io.switchboard.simulator.model.whatsapp.WhatsAppNumber;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The business phone numbers the simulated Graph API knows, in memory, by phone number id. */
@ApplicationScoped
public class NumberRepository {

    private final Map<String, SimulatedNumber> numbers = new ConcurrentHashMap<>();
    private final SimulatorConfig config;
    private final Clock clock;

    NumberRepository(SimulatorConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * Registers {@code number} with the default rate limits, replacing (and so forgetting the state of) a number with
     * the same id.
     */
    public SimulatedNumber save(WhatsAppNumber number) {
        SimulatedNumber simulated = new SimulatedNumber(
                number,
                config.whatsapp().deliveryLogCapacity(),
                WhatsAppLimits.defaults(config, number.throughputLevel()),
                clock.instant());
        numbers.put(number.phoneNumberId(), simulated);
        return simulated;
    }

    public Optional<SimulatedNumber> find(String phoneNumberId) {
        return Optional.ofNullable(numbers.get(phoneNumberId));
    }

    public Collection<SimulatedNumber> all() {
        return List.copyOf(numbers.values());
    }

    /** The numbers of a WhatsApp Business Account whose app was issued {@code accessToken}. */
    public List<SimulatedNumber> ofAccount(String wabaId, String accessToken) {
        return numbers.values().stream()
                .filter(number -> number.number().wabaId().equals(wabaId))
                .filter(number -> number.number().accessToken().equals(accessToken))
                .toList();
    }

    /** Whether any number's app was issued {@code accessToken}: Graph tells a bad token from a forbidden object. */
    public boolean knowsAccessToken(String accessToken) {
        return numbers.values().stream()
                .anyMatch(number -> number.number().accessToken().equals(accessToken));
    }
}
