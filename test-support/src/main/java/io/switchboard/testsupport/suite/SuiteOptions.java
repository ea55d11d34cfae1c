package io.switchboard.testsupport.suite;

import io.switchboard.testsupport.simulator.SimulatorClient;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How to start a {@link Suite}.
 *
 * @param directory where the broker's data, the secrets and every process's log go
 * @param keepData true for the local run (named databases and broker data survive a restart), false for tests and
 *     benchmarks (fresh databases, dropped on close)
 * @param beforeServices sets up the simulated platforms (which forget everything when they stop) before any service
 *     starts talking to them
 * @param extraConfig per module, configuration added to (or replacing) the suite's own
 */
public record SuiteOptions(
        Path directory,
        SuitePorts ports,
        boolean keepData,
        Consumer<SimulatorClient> beforeServices,
        Map<String, Map<String, String>> extraConfig) {

    public SuiteOptions {
        extraConfig = Map.copyOf(extraConfig);
    }

    /** Fresh databases on free ports: for tests and benchmarks. */
    public static SuiteOptions throwaway(Path directory) {
        return new SuiteOptions(directory, SuitePorts.free(), false, simulator -> {}, Map.of());
    }

    /** The documented local ports, keeping data between runs. */
    public static SuiteOptions local(Path directory) {
        return new SuiteOptions(directory, SuitePorts.local(), true, simulator -> {}, Map.of());
    }

    public SuiteOptions beforeServices(Consumer<SimulatorClient> setUp) {
        return new SuiteOptions(directory, ports, keepData, setUp, extraConfig);
    }

    /** Adds configuration for one module, e.g. a benchmark's pacing limits. */
    public SuiteOptions withConfig(String module, Map<String, String> config) {
        Map<String, Map<String, String>> merged = new HashMap<>(extraConfig);
        Map<String, String> moduleConfig = new HashMap<>(merged.getOrDefault(module, Map.of()));
        moduleConfig.putAll(config);
        merged.put(module, Map.copyOf(moduleConfig));
        return new SuiteOptions(directory, ports, keepData, beforeServices, merged);
    }

    Map<String, String> configOf(String module) {
        return extraConfig.getOrDefault(module, Map.of());
    }
}
