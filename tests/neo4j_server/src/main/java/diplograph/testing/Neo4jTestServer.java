package diplograph.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Neo4j 5.26 Community, embedded, with only a Bolt connector on 127.0.0.1: diplograph's tests
 * talk to it through the official Python driver, exactly as they would to a real server.
 *
 * <pre>
 * java -jar target/neo4j-test-server.jar [--port N] [--home DIR] [--password PW]
 *                                        [--no-auth] [--exit-on-stdin-eof]
 * </pre>
 *
 * <ul>
 *   <li>--port: Bolt port; 0 (the default) lets the OS pick a free one.
 *   <li>--home: data folder; by default a temporary folder, deleted on exit.
 *   <li>Auth is on: user {@code neo4j}, password {@value #DEFAULT_PASSWORD} (or --password, at
 *       least 8 characters). --no-auth turns authentication off.
 *   <li>Prints {@code READY bolt://127.0.0.1:PORT} on stdout once Bolt accepts connections.
 *   <li>Stops cleanly on SIGTERM/SIGINT, and when stdin closes if --exit-on-stdin-eof is given
 *       (so a parent that dies cannot leave the JVM behind).
 * </ul>
 */
public final class Neo4jTestServer {
    static final String DEFAULT_PASSWORD = "diplograph-test";
    static final String USER = "neo4j";

    private Neo4jTestServer() {}

    public static void main(String[] args) throws Exception {
        int port = 0;
        Path home = null;
        String password = DEFAULT_PASSWORD;
        boolean auth = true;
        boolean watchStdin = false;
        long pagecacheMb = 64;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--home" -> home = Path.of(args[++i]);
                case "--password" -> password = args[++i];
                case "--no-auth" -> auth = false;
                case "--exit-on-stdin-eof" -> watchStdin = true;
                case "--pagecache-mb" -> pagecacheMb = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    System.exit(2);
                }
            }
        }
        boolean temporary = home == null;
        Path dir = temporary ? Files.createTempDirectory("diplograph-neo4j-") : home;

        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // small footprint by default: the machine is shared and the test graphs are
                // tiny (bench/bench_api.py asks for more with --pagecache-mb)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
                // Bolt's network threads otherwise idle 5 s twice before they stop
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            if (temporary) {
                deleteTree(dir);
            }
        }, "neo4j-test-server-shutdown"));

        if (auth) {
            // The default user's password would otherwise be "neo4j" and expired. Embedded
            // transactions run without auth, so the system database accepts this directly.
            try {
                dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            } catch (RuntimeException e) {
                // a --home started before already has this password (the bench reuses one)
                if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                    throw e;
                }
            }
        }

        GraphDatabaseAPI system =
                (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        int bound = system.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        waitForPort(bound, Duration.ofSeconds(60));

        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println("READY bolt://127.0.0.1:" + bound + " auth=" + (auth ? USER : "none")
                + " started_ms=" + ms + " home=" + dir);
        System.out.flush();

        if (watchStdin) {
            Thread watcher = new Thread(() -> {
                try {
                    InputStream in = System.in;
                    while (in.read() != -1) {
                        // ignore input; only its end matters
                    }
                } catch (IOException ignored) {
                    // a broken pipe is an end too
                }
                System.exit(0); // runs the shutdown hook
            }, "stdin-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
        Thread.currentThread().join(); // until a signal or stdin EOF ends the JVM
    }

    private static void waitForPort(int port, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Bolt did not open port " + port, e);
                }
                Thread.sleep(100);
            }
        }
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                        throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc)
                        throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e);
        }
    }
}
