package fr.accdatahub.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @Test
    void dataSurvivesARestart(@TempDir Path directory) throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(directory, false);
                Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (value TEXT)");
            statement.execute("INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(directory, false);
                Connection connection = DriverManager.getConnection(second.jdbcUrl(), second.user(), "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT value FROM kept")) {
            rows.next();
            assertEquals("still here", rows.getString(1));
        }
    }
}
