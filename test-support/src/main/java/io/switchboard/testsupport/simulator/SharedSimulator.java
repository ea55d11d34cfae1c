package io.switchboard.testsupport.simulator;

import io.switchboard.testsupport.app.PackagedApp;
import java.nio.file.Path;
import java.util.Map;

/** One platform simulator process per test JVM, started from its packaged jar on first use. */
public final class SharedSimulator {

    private static PackagedApp app;

    private SharedSimulator() {}

    public static synchronized String baseUrl() {
        if (app == null) {
            app = PackagedApp.start(
                    "platform-simulator", Map.of(), Path.of("target").toAbsolutePath());
        }
        return app.baseUrl();
    }

    public static SimulatorClient client() {
        return new SimulatorClient(baseUrl());
    }
}
