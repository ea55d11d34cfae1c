package io.switchboard.testsupport.simulator;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points an adapter under test at the JVM's platform simulator instead of Meta's and Telegram's servers. */
public class SimulatorTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String url = SharedSimulator.baseUrl();
        return Map.of(
                "switchboard.whatsapp.graph-api-url", url,
                "switchboard.telegram.bot-api-url", url);
    }

    @Override
    public void stop() {
        // Shared by every Quarkus application of this JVM; stopped when the JVM exits.
    }
}
