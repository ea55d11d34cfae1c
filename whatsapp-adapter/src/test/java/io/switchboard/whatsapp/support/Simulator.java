package io.switchboard.whatsapp.support;

import io.switchboard.testsupport.simulator.SimulatorClient;
import org.eclipse.microprofile.config.ConfigProvider;

/** The simulator the application under test talks to (the one its Graph API URL names). */
public final class Simulator {

    private Simulator() {}

    public static SimulatorClient client() {
        return new SimulatorClient(
                ConfigProvider.getConfig().getValue("switchboard.whatsapp.graph-api-url", String.class));
    }
}
