package dev.itam.m365.secret;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Finds the AES key: Base64 text from configuration wins; otherwise a key file, created with owner-only
 * permissions on first start. The file appears complete or not at all (a hard link of a finished draft),
 * so instances sharing the directory agree on one key.
 */
public final class SecretKeySource {

    private static final int KEY_BYTES = 32;

    private SecretKeySource() {}

    public static SecretKey load(Optional<String> configuredKey, Path keyFile) {
        byte[] key = configuredKey.map(SecretKeySource::decode).orElseGet(() -> readOrCreate(keyFile));
        return new SecretKeySpec(key, "AES");
    }

    private static byte[] decode(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "m365.secrets.key is not valid Base64; generate one with: openssl rand -base64 32");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("m365.secrets.key must hold " + KEY_BYTES + " bytes (AES-256) but holds "
                    + key.length + "; generate one with: openssl rand -base64 32");
        }
        return key;
    }

    private static byte[] readOrCreate(Path keyFile) {
        try {
            if (Files.notExists(keyFile)) {
                create(keyFile);
            }
            return decode(Files.readString(keyFile));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Cannot read or create the secret key file " + keyFile + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path keyFile) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path directory = keyFile.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path draft = Files.createTempFile(directory, ".secrets", ".tmp");
        try {
            restrictToOwner(draft);
            Files.writeString(draft, Base64.getEncoder().encodeToString(key));
            Files.createLink(keyFile, draft);
        } catch (FileAlreadyExistsException raceLost) {
            // another instance published its key first; that one is used
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static void restrictToOwner(Path keyFile) throws IOException {
        if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
