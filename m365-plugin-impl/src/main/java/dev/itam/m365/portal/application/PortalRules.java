package dev.itam.m365.portal.application;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.portal.AuthenticationType;
import dev.itam.m365.api.portal.CredentialDraft;
import dev.itam.m365.api.portal.PortalDraft;
import dev.itam.m365.credential.ClientCertificateReader;
import dev.itam.m365.credential.InvalidCredentialException;
import dev.itam.m365.portal.domain.Guid;
import dev.itam.m365.portal.domain.PortalName;
import dev.itam.m365.portal.domain.StoredCredential;
import dev.itam.m365.portal.domain.TenantConnection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a portal draft as a whole and reports every broken rule at once, each tied to its field,
 * so an admin can correct the form in one go.
 */
final class PortalRules {

    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_SECRET_ID = 100;
    static final int MAX_SECRET_VALUE = 1000;
    private static final String GUID_EXAMPLE = "00000000-0000-0000-0000-000000000000";

    private final Clock clock;
    private final ClientCertificateReader certificates;

    PortalRules(Clock clock) {
        this.clock = clock;
        this.certificates = new ClientCertificateReader(clock);
    }

    /**
     * @param stored the credential the portal has now; empty when creating one
     * @throws InvalidInputException listing every broken rule
     */
    CheckedDraft check(PortalDraft draft, Optional<StoredCredential> stored) {
        List<Violation> violations = new ArrayList<>();
        PortalName name = name(draft.name(), violations);
        String description = description(draft.description(), violations);
        CheckedConnection connection = connection(draft, stored, violations);
        Set<String> exclusions = exclusions(draft.excludedSkuIds(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CheckedDraft(name, description, connection.tenant(), connection.credential(), exclusions);
    }

    /**
     * Checks only what signing in needs (ids, cloud, credential), for testing a connection before
     * the rest of the portal is entered.
     */
    CheckedConnection checkConnection(PortalDraft draft, Optional<StoredCredential> stored) {
        List<Violation> violations = new ArrayList<>();
        CheckedConnection connection = connection(draft, stored, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return connection;
    }

    private CheckedConnection connection(
            PortalDraft draft, Optional<StoredCredential> stored, List<Violation> violations) {
        int before = violations.size();
        String tenantId = guid(draft.tenantId(), "tenantId", "directory (tenant) ID", violations);
        String clientId = guid(draft.clientId(), "clientId", "application (client) ID", violations);
        CredentialInput credential = credential(draft.credential(), stored, violations);
        return violations.size() > before
                ? null
                : new CheckedConnection(new TenantConnection(tenantId, clientId, draft.cloud()), credential);
    }

    private static PortalName name(String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(
                    "name", "Enter a name for the portal; it prefixes every licence and product it imports."));
            return null;
        }
        if (text.strip().length() > PortalName.MAX_LENGTH) {
            violations.add(new Violation(
                    "name",
                    "The name has " + text.strip().length() + " characters; at most " + PortalName.MAX_LENGTH
                            + " are allowed."));
            return null;
        }
        return PortalName.of(text);
    }

    private static String description(String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > MAX_DESCRIPTION) {
            violations.add(new Violation(
                    "description",
                    "The description has " + text.strip().length() + " characters; at most " + MAX_DESCRIPTION
                            + " are allowed."));
        }
        return text.strip();
    }

    private static String guid(String text, String field, String label, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(
                    field, "Enter the " + label + " from the app registration's overview page in Entra ID."));
            return null;
        }
        if (!Guid.isValid(text)) {
            violations.add(new Violation(
                    field,
                    "The " + label + " must be a GUID like " + GUID_EXAMPLE
                            + "; copy it from the app registration's overview page in Entra ID."));
            return null;
        }
        return Guid.normalize(text);
    }

    private CredentialInput credential(
            CredentialDraft draft, Optional<StoredCredential> stored, List<Violation> violations) {
        if (draft == null) {
            if (stored.isEmpty()) {
                violations.add(
                        new Violation("credential", "Choose an authentication type: client secret or certificate."));
            }
            return new CredentialInput.Unchanged();
        }
        if (draft.type() == null) {
            violations.add(
                    new Violation("credential.type", "Choose an authentication type: CLIENT_SECRET or CERTIFICATE."));
            return null;
        }
        return draft.type() == AuthenticationType.CLIENT_SECRET
                ? secret(draft, stored, violations)
                : certificate(draft, violations);
    }

    private CredentialInput secret(
            CredentialDraft draft, Optional<StoredCredential> stored, List<Violation> violations) {
        String secretId = draft.secretId() == null ? "" : draft.secretId().strip();
        if (secretId.isEmpty()) {
            violations.add(new Violation(
                    "credential.secretId", "Enter the secret ID shown next to the client secret in Entra ID."));
        } else if (secretId.length() > MAX_SECRET_ID) {
            violations.add(new Violation(
                    "credential.secretId", "The secret ID has at most " + MAX_SECRET_ID + " characters."));
        }
        LocalDate expiresOn = draft.secretExpiresOn();
        if (expiresOn == null) {
            violations.add(new Violation(
                    "credential.secretExpiresOn", "Enter the date the client secret expires, as shown in Entra ID."));
        } else if (expiresOn.isBefore(LocalDate.now(clock))) {
            violations.add(new Violation(
                    "credential.secretExpiresOn",
                    "The client secret expired on " + expiresOn
                            + ". Create a new client secret in Entra ID and enter it here."));
        }
        boolean keepsStoredValue =
                stored.map(s -> s.type() == AuthenticationType.CLIENT_SECRET).orElse(false);
        String value = draft.secretValue();
        if (value == null || value.isEmpty()) {
            if (!keepsStoredValue) {
                violations.add(new Violation(
                        "credential.secretValue",
                        "Enter the client secret's value; Entra ID shows it only once, right after it is created."));
            }
            return new CredentialInput.SecretDetails(secretId, expiresOn);
        }
        if (value.length() > MAX_SECRET_VALUE) {
            violations.add(new Violation(
                    "credential.secretValue", "The secret value has at most " + MAX_SECRET_VALUE + " characters."));
        }
        return new CredentialInput.NewSecret(secretId, value, expiresOn);
    }

    private CredentialInput certificate(CredentialDraft draft, List<Violation> violations) {
        boolean pem = notBlank(draft.certificatePem()) || notBlank(draft.privateKeyPem());
        boolean pkcs12 = notBlank(draft.pkcs12Base64());
        if (pem && pkcs12) {
            violations.add(new Violation(
                    "credential", "Supply either a PEM certificate with its private key or a PKCS#12 file, not both."));
            return null;
        }
        try {
            return new CredentialInput.NewCertificate(
                    pkcs12
                            ? certificates.fromPkcs12(draft.pkcs12Base64(), draft.pkcs12Password())
                            : certificates.fromPem(draft.certificatePem(), draft.privateKeyPem()));
        } catch (InvalidCredentialException e) {
            violations.add(new Violation(e.field(), e.getMessage()));
            return null;
        }
    }

    private static Set<String> exclusions(Set<String> skuIds, List<Violation> violations) {
        Set<String> normalized = new TreeSet<>();
        if (skuIds == null) {
            return normalized;
        }
        for (String skuId : skuIds) {
            if (Guid.isValid(skuId)) {
                normalized.add(Guid.normalize(skuId));
            } else {
                violations.add(new Violation(
                        "excludedSkuIds",
                        "'" + skuId + "' is not a SKU id; SKU ids are GUIDs like " + GUID_EXAMPLE + "."));
            }
        }
        return normalized;
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
