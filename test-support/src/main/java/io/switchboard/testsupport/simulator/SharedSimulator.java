package io.switchboard.testsupport.simulator;

import io.switchboard.testsupport.app.PackagedApp;
import java.nio.file.Path;
import java.util.Map;

/** One platform simulator process per test JVM, started from its packaged jar on first use. */
public final class SharedSimulator {

    private static final String URL_PROPERTY = "switchboard.simulator.url";

    private SharedSimulator() {}

    /**
     * The simulator's URL. Kept in a system property, not a field: a {@code @TestProfile} restarts Quarkus in a new
     * class loader with a fresh copy of this class, which must find the process this JVM already started.
     */
    public static synchronized String baseUrl() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            url = PackagedApp.start(
                            "platform-simulator", Map.of(), Path.of("target").toAbsolutePath())
                    .baseUrl();
            System.setProperty(URL_PROPERTY, url);
        }
        return url;
    }

    public static SimulatorClient client() {
        return new SimulatorClient(baseUrl());
    }
}
