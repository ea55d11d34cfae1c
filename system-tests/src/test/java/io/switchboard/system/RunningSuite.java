package io.switchboard.system;

import io.switchboard.testsupport.simulator.SimulatorClient;
import io.switchboard.testsupport.suite.Suite;
import io.switchboard.testsupport.suite.SuiteClient;
import io.switchboard.testsupport.suite.SuiteOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * One running suite for every system test of this JVM: starting the broker, the simulator and four services takes a
 * while, and the tests isolate themselves by tenant. It stops itself, and drops its databases, when the JVM exits.
 */
final class RunningSuite {

    private static Suite suite;

    private RunningSuite() {}

    static synchronized Suite get() {
        if (suite == null) {
            suite = Suite.start(
                    SuiteOptions.throwaway(Path.of("target", "suite").toAbsolutePath()));
        }
        return suite;
    }

    static SuiteClient api() {
        return new SuiteClient(get());
    }

    static SimulatorClient simulator() {
        return new SimulatorClient(get().url(Suite.SIMULATOR));
    }

    /** A new tenant, and an admin token for it, through the operator API. */
    static String newTenantAdmin() {
        String tenant = "sys-" + UUID.randomUUID().toString().substring(0, 8);
        api().ensureTenant(tenant, "System test " + tenant);
        return api().issueToken(tenant, "owner@" + tenant + ".example", List.of("admin", "agent"));
    }
}
