package io.switchboard.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.postgres.PostgresDatabase;
import io.switchboard.testsupport.postgres.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PostgresDatabaseTests {

    private final PostgresServer server = PostgresServer.fromEnvironment();

    @Test
    void aFreshDatabaseIsUsableAndGoneAfterClose() throws Exception {
        String name;
        try (PostgresDatabase database = PostgresDatabase.createFresh(server, "switchboard_selftest")) {
            name = database.name();
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), server.user(), null);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE probe (id int)");
                statement.execute("INSERT INTO probe VALUES (1)");
                // The connection stays open: close() must drop the database regardless.
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM probe")) {
                    rows.next();
                    assertThat(rows.getInt(1)).isEqualTo(1);
                }
                database.close();
            }
        }

        try (Connection admin = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), null);
                Statement statement = admin.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void twoFreshDatabasesNeverShareAName() {
        try (PostgresDatabase first = PostgresDatabase.createFresh(server, "switchboard_selftest");
                PostgresDatabase second = PostgresDatabase.createFresh(server, "switchboard_selftest")) {
            assertThat(first.name()).isNotEqualTo(second.name());
        }
    }
}
