package dev.itam.m365.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static SecretCipher cipher(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return new SecretCipher(new SecretKeySpec(key, "AES"));
    }

    @Test
    void roundTripsAndNeverRepeatsCiphertext() {
        SecretCipher cipher = cipher(1);
        String first = cipher.encrypt("my-client-secret", "client-secret");
        String second = cipher.encrypt("my-client-secret", "client-secret");

        assertThat(first).isNotEqualTo(second).doesNotContain("my-client-secret");
        assertThat(new String(Base64.getDecoder().decode(first))).doesNotContain("my-client-secret");
        assertThat(cipher.decryptToString(first, "client-secret")).isEqualTo("my-client-secret");
    }

    @Test
    void theLongestValueForAColumnFillsItExactly() {
        int bytes = SecretCipher.maxPlainBytes(2000);
        assertThat(bytes).isEqualTo(1472);
        assertThat(cipher(1).encrypt(new byte[bytes], "client-secret")).hasSize(2000);
        assertThat(cipher(1).encrypt(new byte[bytes + 1], "client-secret")).hasSizeGreaterThan(2000);
    }

    @Test
    void aValueCannotBeReadForAnotherPurpose() {
        SecretCipher cipher = cipher(1);
        String sealed = cipher.encrypt("key bytes", "private-key");
        assertThatThrownBy(() -> cipher.decrypt(sealed, "client-secret")).isInstanceOf(SecretUnreadableException.class);
    }

    @Test
    void anotherKeyOrATamperedValueIsRefusedWithAdvice() {
        String sealed = cipher(1).encrypt("value", "client-secret");
        assertThatThrownBy(() -> cipher(2).decrypt(sealed, "client-secret"))
                .isInstanceOf(SecretUnreadableException.class)
                .hasMessageContaining("m365.secrets.key");

        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        String tampered = Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher(1).decrypt(tampered, "client-secret"))
                .isInstanceOf(SecretUnreadableException.class);
    }
}
