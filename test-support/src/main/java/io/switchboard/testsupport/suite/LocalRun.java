package io.switchboard.testsupport.suite;

import java.nio.file.Path;

/**
 * {@code ./switchboard up}: starts the whole suite on the documented local ports, loads the demo business, prints
 * how to use it, and runs until interrupted (Ctrl-C stops every process). Data survives a restart: the broker's
 * data, the databases and the secrets stay under {@code .run/}. The suite stops itself when the JVM ends
 * ({@code ShutdownSequence}).
 */
public final class LocalRun {

    private LocalRun() {}

    public static void main(String[] args) throws InterruptedException {
        Path directory = Path.of(args.length > 0 ? args[0] : ".run").toAbsolutePath();
        System.out.println("Starting Switchboard (logs in " + directory.resolve("logs") + ") ...");
        long started = System.nanoTime();
        Path secrets = directory.resolve("secrets");
        Suite suite = Suite.start(
                SuiteOptions.local(directory).beforeServices(simulator -> DemoData.seedPlatforms(simulator, secrets)));
        DemoData.Loaded demo = DemoData.load(suite, secrets);
        System.out.println(Banner.of(suite, demo, (System.nanoTime() - started) / 1_000_000_000.0));
        Thread.currentThread().join();
    }
}
