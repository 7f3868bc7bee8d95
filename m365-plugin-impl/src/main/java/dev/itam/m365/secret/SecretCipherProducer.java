package dev.itam.m365.secret;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes one {@link SecretCipher} per application from the configured key. */
@ApplicationScoped
public class SecretCipherProducer {

    @Inject
    @ConfigProperty(name = "m365.secrets.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "m365.secrets.key-file")
    String keyFile;

    @Produces
    @Singleton
    SecretCipher secretCipher() {
        return new SecretCipher(SecretKeySource.load(configuredKey, Path.of(keyFile)));
    }
}
