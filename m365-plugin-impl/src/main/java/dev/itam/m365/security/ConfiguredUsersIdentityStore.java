package dev.itam.m365.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Checks the users listed in {@code m365.security.users}. With no users
 * configured nobody can sign in, so a fresh deployment is closed until an operator decides who may.
 */
@ApplicationScoped
public class ConfiguredUsersIdentityStore implements IdentityStore {

    @Inject
    Config config;

    @Inject
    Pbkdf2PasswordHash hashes;

    private Map<String, ConfiguredUser> users;

    @PostConstruct
    void load() {
        users = config.getOptionalValues("m365.security.users", String.class).orElse(List.of()).stream()
                .map(ConfiguredUser::parse)
                .collect(Collectors.toUnmodifiableMap(ConfiguredUser::name, Function.identity()));
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        ConfiguredUser user = users.get(login.getCaller());
        if (user == null || !matches(user, login.getPasswordAsString())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user.name(), user.roles());
    }

    private boolean matches(ConfiguredUser user, String password) {
        if (user.passwordIsHashed()) {
            return hashes.verify(password.toCharArray(), user.password());
        }
        return MessageDigest.isEqual(
                user.password().getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
    }
}
