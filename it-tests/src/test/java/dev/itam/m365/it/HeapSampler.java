package dev.itam.m365.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used heap of another JVM (the Payara Micro under test) with the JDK's {@code jstat}
 * every 100 ms, keeping the highest value: survivor, eden and old generation in use.
 */
final class HeapSampler implements AutoCloseable {

    private final Process jstat;
    private final Thread reader;
    private final AtomicLong peakKb = new AtomicLong();

    private HeapSampler(long pid) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
        jstat = new ProcessBuilder(java, "-gc", Long.toString(pid), "100")
                .redirectErrorStream(true)
                .start();
        reader = new Thread(this::read, "heap-sampler");
        reader.setDaemon(true);
        reader.start();
    }

    static HeapSampler of(long pid) throws IOException {
        return new HeapSampler(pid);
    }

    /** Samples the Payara Micro that runs the plugin on the current test database. */
    static HeapSampler ofPluginServer() throws IOException {
        long pid = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
                .filter(p -> p.info().commandLine().orElse("").contains(ItDatabase.url()))
                .mapToLong(ProcessHandle::pid)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No Payara Micro process found for " + ItDatabase.url()));
        return new HeapSampler(pid);
    }

    private void read() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length > 8 && Character.isDigit(columns[0].charAt(0))) {
                    double used = Double.parseDouble(columns[2])
                            + Double.parseDouble(columns[3])
                            + Double.parseDouble(columns[5])
                            + Double.parseDouble(columns[7]);
                    peakKb.accumulateAndGet((long) used, Math::max);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // sampling ends with the process
        }
    }

    long peakMegabytes() {
        return peakKb.get() / 1024;
    }

    @Override
    public void close() {
        jstat.destroy();
    }
}
