package dev.itam.m365.secret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM with a fresh 96-bit nonce per value. The purpose of a value (e.g. "client-secret") is
 * bound in as associated data, so an encrypted private key cannot be passed off as a secret.
 * Stored form: Base64 of nonce followed by ciphertext and tag.
 */
public final class SecretCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public SecretCipher(SecretKey key) {
        this.key = key;
    }

    /**
     * The most bytes of plain text whose stored form has at most {@code storedLength} characters:
     * Base64 turns every 3 bytes of nonce, ciphertext and tag into 4 characters.
     */
    public static int maxPlainBytes(int storedLength) {
        return storedLength / 4 * 3 - NONCE_BYTES - TAG_BITS / 8;
    }

    public String encrypt(byte[] plain, String purpose) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    public String encrypt(String plain, String purpose) {
        return encrypt(plain.getBytes(StandardCharsets.UTF_8), purpose);
    }

    /**
     * @throws SecretUnreadableException when the value was encrypted with another key or altered
     */
    public byte[] decrypt(String stored, String purpose) {
        byte[] bytes = Base64.getDecoder().decode(stored);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new SecretUnreadableException(purpose, e);
        }
    }

    public String decryptToString(String stored, String purpose) {
        return new String(decrypt(stored, purpose), StandardCharsets.UTF_8);
    }
}
