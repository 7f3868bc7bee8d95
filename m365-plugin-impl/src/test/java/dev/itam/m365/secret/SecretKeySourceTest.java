package dev.itam.m365.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeySourceTest {

    @TempDir
    Path dir;

    @Test
    void createsAKeyFileOnceAndReadsItAfterwards() throws Exception {
        Path keyFile = dir.resolve("nested/secrets.key");

        SecretKey first = SecretKeySource.load(Optional.empty(), keyFile);
        SecretKey second = SecretKeySource.load(Optional.empty(), keyFile);

        assertThat(first.getEncoded()).hasSize(32).isEqualTo(second.getEncoded());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
        try (var files = Files.list(keyFile.getParent())) {
            assertThat(files).containsExactly(keyFile);
        }
    }

    @Test
    void aConfiguredKeyWins() {
        byte[] key = new byte[32];
        key[0] = 7;
        SecretKey loaded =
                SecretKeySource.load(Optional.of(Base64.getEncoder().encodeToString(key)), dir.resolve("unused"));
        assertThat(loaded.getEncoded()).isEqualTo(key);
        assertThat(dir.resolve("unused")).doesNotExist();
    }

    @Test
    void aBadConfiguredKeySaysHowToMakeOne() {
        assertThatThrownBy(() -> SecretKeySource.load(Optional.of("c2hvcnQ="), dir.resolve("k")))
                .hasMessage(
                        "m365.secrets.key must hold 32 bytes (AES-256) but holds 5; generate one with: openssl rand -base64 32");
        assertThatThrownBy(() -> SecretKeySource.load(Optional.of("not base64!"), dir.resolve("k")))
                .hasMessageStartingWith("m365.secrets.key is not valid Base64");
    }
}
