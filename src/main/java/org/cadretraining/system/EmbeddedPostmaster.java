package org.cadretraining.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process of the embedded PostgreSQL server, read from its {@code postmaster.pid} once it has started. */
record EmbeddedPostmaster(long pid) {

    static EmbeddedPostmaster in(Path dataDir) throws IOException {
        return new EmbeddedPostmaster(Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().strip()));
    }

    boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
