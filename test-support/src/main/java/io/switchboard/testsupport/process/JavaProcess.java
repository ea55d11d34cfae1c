package io.switchboard.testsupport.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started from this one: its output goes to a log file, it stops when this JVM stops ({@link ShutdownSequence},
 * or {@link ParentWatchingMain} when this JVM is killed), and stopping it is graceful first.
 */
public final class JavaProcess implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(15);

    private final String name;
    private final Process process;
    private final Path logFile;

    private JavaProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts {@code mainClass} in a new JVM, the same Java as this one.
     *
     * @param classpath entries of the child's classpath; the watcher's own location is added
     */
    public static JavaProcess start(
            String name,
            List<String> classpath,
            String mainClass,
            List<String> jvmArguments,
            List<String> arguments,
            Map<String, String> environment,
            Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmArguments);
        command.add("-cp");
        List<String> entries = new ArrayList<>(classpath);
        entries.add(ownLocation());
        command.add(String.join(File.pathSeparator, entries));
        command.add(ParentWatchingMain.class.getName());
        command.add(Long.toString(ProcessHandle.current().pid()));
        command.add(mainClass);
        command.addAll(arguments);
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            JavaProcess started = new JavaProcess(name, builder.start(), logFile);
            ShutdownSequence.register(started);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** Runs a main class to completion (a tool like Kafka's storage formatter) and fails unless it exits 0. */
    public static void runToCompletion(
            String name, List<String> classpath, String mainClass, List<String> arguments, Path logFile) {
        try (JavaProcess tool = start(name, classpath, mainClass, List.of(), arguments, Map.of(), logFile)) {
            if (!tool.process.waitFor(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException(name + " did not finish in 2 minutes; see " + logFile);
            }
            if (tool.process.exitValue() != 0) {
                throw new IllegalStateException(
                        name + " failed with exit code " + tool.process.exitValue() + "; see " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** The last lines of the log, for failure messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the process gracefully (SIGTERM), forcibly after a grace period. */
    @Override
    public String toString() {
        return "process " + name + " (pid " + process.pid() + ")";
    }

    @Override
    public void close() {
        ShutdownSequence.unregister(this);
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Kills the process without a chance to clean up, as a crash or an OOM kill would. */
    public void kill() {
        ShutdownSequence.unregister(this);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String ownLocation() {
        try {
            return Path.of(ParentWatchingMain.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
