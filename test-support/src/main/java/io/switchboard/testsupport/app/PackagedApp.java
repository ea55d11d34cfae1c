package io.switchboard.testsupport.app;

import io.switchboard.testsupport.process.FreePorts;
import io.switchboard.testsupport.process.JavaProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * A packaged Quarkus service ({@code target/quarkus-app}) running as its own process on a free port, configured by
 * system properties, and ready (its {@code /q/health/ready} answered 200) when {@link #start} returns.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String module;
    private final int port;
    private final Map<String, String> config;
    private final Path logDirectory;
    private JavaProcess process;

    private PackagedApp(String module, int port, Map<String, String> config, Path logDirectory) {
        this.module = module;
        this.port = port;
        this.config = config;
        this.logDirectory = logDirectory;
    }

    /** Starts {@code module}'s packaged app with {@code config} on a free port and waits until it is ready. */
    public static PackagedApp start(String module, Map<String, String> config, Path logDirectory) {
        return start(module, FreePorts.next(), config, logDirectory);
    }

    public static PackagedApp start(String module, int port, Map<String, String> config, Path logDirectory) {
        PackagedApp app = new PackagedApp(module, port, new LinkedHashMap<>(config), logDirectory);
        app.launch();
        return app;
    }

    public String module() {
        return module;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public JavaProcess process() {
        return process;
    }

    /** Stops gracefully and starts again with the same port and configuration (a deploy, a pod restart). */
    public void restart() {
        process.close();
        launch();
    }

    /** Stops gracefully and starts again with some configuration changed (an operator's redeploy). */
    public void restart(Map<String, String> changes) {
        config.putAll(changes);
        restart();
    }

    /** Kills the process abruptly and starts it again (a crash). */
    public void crashAndRestart() {
        process.kill();
        launch();
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }

    private void launch() {
        Path jar = ProjectLayout.quarkusRunJar(module);
        List<String> jvmArguments = new ArrayList<>(List.of("-Xmx384m", "-XX:+UseSerialGC"));
        jvmArguments.addAll(addOpensOf(jar));
        jvmArguments.add("-Dquarkus.http.port=" + port);
        config.forEach((key, value) -> jvmArguments.add("-D" + key + "=" + value));
        process = JavaProcess.start(
                module,
                List.of(jar.toString()),
                "io.quarkus.bootstrap.runner.QuarkusEntryPoint",
                jvmArguments,
                List.of(),
                Map.of(),
                logDirectory.resolve(module + ".log"));
        awaitReady();
    }

    /**
     * The {@code Add-Opens} of the jar's manifest as command-line options. The JVM honours the manifest only for
     * {@code java -jar}; this launcher puts the jar on the classpath (behind {@code ParentWatchingMain}), and without
     * them Quarkus' thread pools fail on Java 24 and later.
     */
    private static List<String> addOpensOf(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String opens = file.getManifest().getMainAttributes().getValue("Add-Opens");
            if (opens == null || opens.isBlank()) {
                return List.of();
            }
            return Arrays.stream(opens.trim().split("\\s+"))
                    .map(target -> "--add-opens=" + target + "=ALL-UNNAMED")
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest of " + jar, e);
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited during start:\n" + process.logTail(60));
            }
            try {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + module, e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + module, e);
            }
        }
        throw new IllegalStateException(
                module + " was not ready in " + READY_TIMEOUT + " (last: " + last + "):\n" + process.logTail(60));
    }
}
