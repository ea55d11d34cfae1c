package io.switchboard.testsupport.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The PostgreSQL server the tests and the local run use: 127.0.0.1:5432 as {@code postgres} with trust auth, unless
 * {@code SWITCHBOARD_PG_HOST}, {@code _PORT}, {@code _USER}, {@code _PASSWORD} say otherwise.
 */
public record PostgresServer(String host, int port, String user, String password) {

    public static PostgresServer fromEnvironment() {
        return new PostgresServer(
                env("SWITCHBOARD_PG_HOST", "127.0.0.1"),
                Integer.parseInt(env("SWITCHBOARD_PG_PORT", "5432")),
                env("SWITCHBOARD_PG_USER", "postgres"),
                env("SWITCHBOARD_PG_PASSWORD", ""));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    Connection connectAsAdmin() {
        Properties properties = new Properties();
        properties.put("user", user);
        if (!password.isEmpty()) {
            properties.put("password", password);
        }
        try {
            return DriverManager.getConnection(jdbcUrl("postgres"), properties);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL is not reachable at " + host + ":" + port + " as " + user + " (" + e.getMessage()
                            + "). Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main"
                            + " start",
                    e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
