package io.switchboard.simulator.repository;

import io.switchboard.simulator.config.SimulatorConfig;
import io.switchboard.simulator.model.whatsapp.SimulatedNumber;
import io.switchboard.simulator.model.whatsapp.WhatsAppNumber;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The business phone numbers the simulated Graph API knows, in memory, by phone number id. */
@ApplicationScoped
public class NumberRepository {

    private final Map<String, SimulatedNumber> numbers = new ConcurrentHashMap<>();
    private final SimulatorConfig config;

    NumberRepository(SimulatorConfig config) {
        this.config = config;
    }

    /** Registers {@code number}, replacing (and so forgetting the state of) a number with the same id. */
    public SimulatedNumber save(WhatsAppNumber number) {
        SimulatedNumber simulated =
                new SimulatedNumber(number, config.whatsapp().deliveryLogCapacity());
        numbers.put(number.phoneNumberId(), simulated);
        return simulated;
    }

    public Optional<SimulatedNumber> find(String phoneNumberId) {
        return Optional.ofNullable(numbers.get(phoneNumberId));
    }

    /** Whether any number's app was issued {@code accessToken}: Graph tells a bad token from a forbidden object. */
    public boolean knowsAccessToken(String accessToken) {
        return numbers.values().stream()
                .anyMatch(number -> number.number().accessToken().equals(accessToken));
    }
}
