package dev.itam.m365.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfiguredUserTest {

    @Test
    void parsesNamePasswordAndRoles() {
        ConfiguredUser user = ConfiguredUser.parse(" ops:pa:ss:m365-admin|m365-viewer ");
        assertThat(user).isEqualTo(new ConfiguredUser("ops", "pa:ss", Set.of("m365-admin", "m365-viewer")));
        assertThat(user.passwordIsHashed()).isFalse();
        assertThat(user.toString()).doesNotContain("pa:ss");
    }

    @Test
    void recognisesPbkdf2Hashes() {
        ConfiguredUser user = ConfiguredUser.parse("ops:PBKDF2WithHmacSHA256:2048:abc:def:m365-viewer");
        assertThat(user.password()).isEqualTo("PBKDF2WithHmacSHA256:2048:abc:def");
        assertThat(user.roles()).containsExactly("m365-viewer");
        assertThat(user.passwordIsHashed()).isTrue();
    }

    @Test
    void refusesIncompleteEntriesWithoutEchoingThePassword() {
        assertThatThrownBy(() -> ConfiguredUser.parse("ops::m365-admin"))
                .hasMessage(
                        "An entry of m365.security.users must read name:password:role[|role] but one reads 'ops:…'");
        assertThatThrownBy(() -> ConfiguredUser.parse("ops:hunter2"))
                .hasMessage(
                        "An entry of m365.security.users must read name:password:role[|role] but one reads 'ops:…'");
    }
}
