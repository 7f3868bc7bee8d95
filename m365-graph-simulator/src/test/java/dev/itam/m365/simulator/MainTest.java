package dev.itam.m365.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in its own JVM: a start that cannot succeed ends the process and leaves its port free. */
class MainTest {

    @TempDir
    Path dir;

    private record Outcome(int exitCode, String stderr) {}

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static Outcome run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            assertThat(process.waitFor(30, TimeUnit.SECONDS))
                    .as("the simulator process ended")
                    .isTrue();
            return new Outcome(
                    process.exitValue(), new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
        }
    }

    private static void assertFree(int port) throws IOException {
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void moreSkusThanTheBuiltInListWithoutACatalogueEndWithAMessageAndLeaveThePortFree() throws Exception {
        int port = freePort();

        Outcome outcome = run(
                "--port",
                Integer.toString(port),
                "--skus",
                "29",
                "--truststore",
                dir.resolve("trust.p12").toString());

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.stderr())
                .startsWith("m365-graph-simulator: --skus 29 is more than the 28 SKUs of the built-in list;"
                        + " pass --catalogue with Microsoft's product names CSV for more." + System.lineSeparator());
        assertFree(port);
        assertThat(dir.resolve("trust.p12")).doesNotExist();
    }

    @Test
    void aFailureAfterTheServerStartedClosesItAndEndsTheProcess() throws Exception {
        int port = freePort();
        Path notADirectory = Files.createFile(dir.resolve("file"));

        Outcome outcome = run(
                "--port",
                Integer.toString(port),
                "--truststore",
                notADirectory.resolve("trust.p12").toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.stderr()).startsWith("m365-graph-simulator could not start: ");
        assertFree(port);
    }

    @Test
    void anOptionThatIsNoNumberIsNamed() throws Exception {
        int port = freePort();

        Outcome outcome = run("--port", Integer.toString(port), "--users", "many");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.stderr())
                .startsWith("m365-graph-simulator: --users takes a whole number, not 'many'." + System.lineSeparator());
        assertFree(port);
    }
}
