package io.switchboard.testsupport.suite;

import io.switchboard.testsupport.process.FreePorts;

/** Where each process of the suite listens. */
public record SuitePorts(int kafka, int simulator, int gateway, int whatsapp, int telegram, int catalog) {

    /** The documented local ports (README): gateway 8080, adapters 8081-8082, catalog 8083, simulator 8090. */
    public static SuitePorts local() {
        return new SuitePorts(9092, 8090, 8080, 8081, 8082, 8083);
    }

    /** Free ports, for tests that run beside anything else. */
    public static SuitePorts free() {
        return new SuitePorts(
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.next());
    }
}
