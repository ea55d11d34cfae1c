package io.switchboard.testsupport.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the checkout is, so tests and the local run find the packaged apps of sibling modules. */
public final class ProjectLayout {

    private ProjectLayout() {}

    /** The repository root: {@code -Dswitchboard.root} (set by the build), or the nearest parent with a {@code mvnw}. */
    public static Path root() {
        String configured = System.getProperty("switchboard.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        Path candidate = Path.of("").toAbsolutePath();
        while (candidate != null) {
            if (Files.exists(candidate.resolve("mvnw")) && Files.isDirectory(candidate.resolve("contract"))) {
                return candidate;
            }
            candidate = candidate.getParent();
        }
        throw new IllegalStateException("cannot find the Switchboard checkout from "
                + Path.of("").toAbsolutePath() + ": set -Dswitchboard.root");
    }

    /** The runnable jar of a Quarkus module, failing with the command that builds it. */
    public static Path quarkusRunJar(String module) {
        Path jar = root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(module + " is not packaged (" + jar + " is missing): run ./mvnw -pl "
                    + module + " -am package -DskipTests first");
        }
        return jar;
    }
}
