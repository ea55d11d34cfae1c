package io.switchboard.testsupport.process;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The one shutdown hook of a JVM that started processes: closes what was registered, last registered first, one at
 * a time. A suite registers after its processes, so it is closed first and stops them in its own order (services
 * before the broker they need to leave their consumer groups cleanly); anything left is closed after it.
 */
public final class ShutdownSequence {

    private static final Deque<AutoCloseable> REGISTERED = new ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ShutdownSequence::closeAll, "switchboard-shutdown"));
    }

    private ShutdownSequence() {}

    public static void register(AutoCloseable closeable) {
        REGISTERED.push(closeable);
    }

    /** Forgets a closeable that was closed before the JVM ended. */
    public static void unregister(AutoCloseable closeable) {
        REGISTERED.remove(closeable);
    }

    private static void closeAll() {
        AutoCloseable next;
        while ((next = REGISTERED.poll()) != null) {
            try {
                next.close();
            } catch (Exception e) {
                System.err.println("could not close " + next + " at shutdown: " + e);
            }
        }
    }
}
