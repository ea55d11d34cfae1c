package io.switchboard.testsupport.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/** A database of its own on the shared server, created empty and dropped (with its connections) on close. */
public final class PostgresDatabase implements AutoCloseable {

    private final PostgresServer server;
    private final String name;

    private PostgresDatabase(PostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Creates {@code <prefix>_<random>}: parallel suites and leftovers of killed runs never clash. */
    public static PostgresDatabase createFresh(PostgresServer server, String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        return createNamed(server, name, false);
    }

    /** Creates {@code name} if it does not exist yet (the local run keeps its data across restarts). */
    public static PostgresDatabase createIfMissing(PostgresServer server, String name) {
        return createNamed(server, name, true);
    }

    private static PostgresDatabase createNamed(PostgresServer server, String name, boolean keepExisting) {
        try (Connection admin = server.connectAsAdmin();
                Statement statement = admin.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + name.replace("'", "''") + "'")) {
                exists = rows.next();
            }
            if (!exists || !keepExisting) {
                statement.execute("CREATE DATABASE \"" + name + "\"");
            }
            return new PostgresDatabase(server, name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    public String username() {
        return server.user();
    }

    public String password() {
        return server.password();
    }

    /** Drops the database, closing whatever connections are still open on it. */
    @Override
    public void close() {
        try (Connection admin = server.connectAsAdmin();
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop database " + name + ": " + e.getMessage(), e);
        }
    }
}
