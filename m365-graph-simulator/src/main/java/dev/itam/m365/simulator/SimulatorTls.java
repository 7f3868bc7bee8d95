package dev.itam.m365.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The simulator's own TLS identity: a self-signed certificate for localhost and 127.0.0.1, made at
 * start-up. Clients trust it through {@link #clientContext()} or a trust store written to disk.
 */
public final class SimulatorTls {

    private static final char[] INTERNAL_PASSWORD = "simulator".toCharArray();

    private final X509Certificate certificate;
    private final SSLContext serverContext;

    private SimulatorTls(X509Certificate certificate, SSLContext serverContext) {
        this.certificate = certificate;
        this.serverContext = serverContext;
    }

    static SimulatorTls selfSigned() {
        try {
            TestCertificates.Issued issued =
                    TestCertificates.loopbackServer("CN=localhost, O=Microsoft 365 plugin Graph simulator");
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry(
                    "simulator", issued.keys().getPrivate(), INTERNAL_PASSWORD, new Certificate[] {issued.certificate()
                    });
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keyStore, INTERNAL_PASSWORD);
            SSLContext server = SSLContext.getInstance("TLS");
            server.init(keyManagers.getKeyManagers(), null, null);
            return new SimulatorTls(issued.certificate(), server);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot create the simulator's TLS certificate", e);
        }
    }

    SSLContext serverContext() {
        return serverContext;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** A key store holding only the simulator's certificate, as a trust store. */
    public KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("m365-graph-simulator", certificate);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An SSL context that trusts the simulator, for clients in the same JVM. */
    public SSLContext clientContext() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the trust store as PKCS#12 for clients in other processes (the plugin, MSAL4J). */
    public void writeTrustStore(Path file, char[] password) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            trustStore().store(out, password);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot write the trust store " + file, e);
        }
    }
}
