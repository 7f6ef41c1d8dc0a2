package org.cadretraining.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts only the application's embedded PostgreSQL on the folder given as argument, says "READY" and waits to be
 * killed: a JVM that dies without stopping its database, as under SIGKILL (run by {@link LeftoverPostmasterTests}).
 */
public final class EmbeddedPostgresChild {

    private EmbeddedPostgresChild() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = new EmbeddedPostgresConfiguration()
                .embeddedPostgres(new EmbeddedPostgresConfiguration.Settings(args[0], 0, 2, java.util.Map.of()));
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create table if not exists kept (word text)");
            statement.execute("insert into kept values ('before the kill')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
