package org.ringscope.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A Neo4j server in its own JVM, for using ringscope's external-URI mode without Docker:
 * {@code java -cp ... org.ringscope.store.StandaloneNeo4j <home> <port> <password> [uri-file]}.
 * Auth is on; the {@code neo4j} user gets the given password. Writes its Bolt URI to uri-file once ready.
 */
public final class StandaloneNeo4j {
    private StandaloneNeo4j() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: StandaloneNeo4j <home> <port> <password> [uri-file]");
            System.exit(2);
        }
        EmbeddedNeo4j server = EmbeddedNeo4j.start(Path.of(args[0]), "256m", Integer.parseInt(args[1]), true);
        server.setPassword("neo4j", args[2]);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        if (args.length > 3) {
            Path tmp = Path.of(args[3] + ".tmp");
            Files.writeString(tmp, server.boltUri());
            Files.move(tmp, Path.of(args[3]));
        }
        System.out.println("neo4j ready at " + server.boltUri());
        stopped.await();
    }
}
