package dev.itam.m365.portal.application;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.portal.AuthenticationType;
import dev.itam.m365.api.portal.CredentialDraft;
import dev.itam.m365.api.portal.PortalDraft;
import dev.itam.m365.credential.ClientCertificate;
import dev.itam.m365.credential.ClientCertificateReader;
import dev.itam.m365.credential.InvalidCredentialException;
import dev.itam.m365.persistence.StoredText;
import dev.itam.m365.portal.domain.Guid;
import dev.itam.m365.portal.domain.PortalEntity;
import dev.itam.m365.portal.domain.PortalName;
import dev.itam.m365.portal.domain.StoredCredential;
import dev.itam.m365.portal.domain.TenantConnection;
import dev.itam.m365.secret.SecretCipher;
import java.nio.charset.StandardCharsets;
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

    /** The longest secret value in UTF-8 whose encrypted form fits its column. */
    static final int MAX_SECRET_VALUE_BYTES = SecretCipher.maxPlainBytes(StoredCredential.ENCRYPTED_SECRET_COLUMN);

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
            violations.add(Violation.coded(
                    "name",
                    "portal.name.required",
                    "Enter a name for the portal; it prefixes every licence and product it imports."));
            return null;
        }
        String name = text.strip();
        Optional<StoredText.Forbidden> forbidden = StoredText.forbidden(name, false);
        if (forbidden.isPresent()) {
            violations.add(Violation.coded(
                    "name",
                    "portal.name.forbidden",
                    "The name contains " + forbidden.get().description()
                            + "; a name is one line of visible characters.",
                    forbidden.get().arguments()));
            return null;
        }
        if (name.length() > PortalName.MAX_LENGTH) {
            violations.add(Violation.coded(
                    "name",
                    "portal.name.tooLong",
                    "The name has " + name.length() + " characters; at most " + PortalName.MAX_LENGTH + " are allowed.",
                    name.length(),
                    PortalName.MAX_LENGTH));
            return null;
        }
        int keyLength = PortalName.keyOf(name).length();
        if (keyLength > PortalName.MAX_LENGTH) {
            violations.add(Violation.coded(
                    "name",
                    "portal.name.tooLongInLowerCase",
                    "In lower case, the form in which names are compared, the name has " + keyLength
                            + " characters (letters such as İ become two); at most " + PortalName.MAX_LENGTH
                            + " are allowed.",
                    keyLength,
                    PortalName.MAX_LENGTH));
            return null;
        }
        return PortalName.of(name);
    }

    private static String description(String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String description = text.strip();
        Optional<StoredText.Forbidden> forbidden = StoredText.forbidden(description, true);
        if (forbidden.isPresent()) {
            violations.add(Violation.coded(
                    "description",
                    "portal.description.forbidden",
                    "The description contains " + forbidden.get().description()
                            + "; only tabs and line breaks are allowed besides visible characters.",
                    forbidden.get().arguments()));
        } else if (description.length() > PortalEntity.MAX_DESCRIPTION) {
            violations.add(Violation.coded(
                    "description",
                    "portal.description.tooLong",
                    "The description has " + description.length() + " characters; at most "
                            + PortalEntity.MAX_DESCRIPTION + " are allowed.",
                    description.length(),
                    PortalEntity.MAX_DESCRIPTION));
        }
        return description;
    }

    private static String guid(String text, String field, String label, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(Violation.coded(
                    field,
                    "portal." + field + ".required",
                    "Enter the " + label + " from the app registration's overview page in Entra ID."));
            return null;
        }
        if (!Guid.isValid(text)) {
            violations.add(Violation.coded(
                    field,
                    "portal." + field + ".notGuid",
                    "The " + label + " must be a GUID like " + GUID_EXAMPLE
                            + "; copy it from the app registration's overview page in Entra ID.",
                    GUID_EXAMPLE));
            return null;
        }
        return Guid.normalize(text);
    }

    private CredentialInput credential(
            CredentialDraft draft, Optional<StoredCredential> stored, List<Violation> violations) {
        if (draft == null) {
            if (stored.isEmpty()) {
                violations.add(Violation.coded(
                        "credential",
                        "portal.credential.required",
                        "Choose an authentication type: client secret or certificate."));
            }
            return new CredentialInput.Unchanged();
        }
        if (draft.type() == null) {
            violations.add(Violation.coded(
                    "credential.type",
                    "portal.credential.type",
                    "Choose an authentication type: CLIENT_SECRET or CERTIFICATE."));
            return null;
        }
        return draft.type() == AuthenticationType.CLIENT_SECRET
                ? secret(draft, stored, violations)
                : certificate(draft, violations);
    }

    private CredentialInput secret(
            CredentialDraft draft, Optional<StoredCredential> stored, List<Violation> violations) {
        String secretId = draft.secretId() == null ? "" : draft.secretId().strip();
        Optional<StoredText.Forbidden> forbidden = StoredText.forbidden(secretId, false);
        if (secretId.isEmpty()) {
            violations.add(Violation.coded(
                    "credential.secretId",
                    "portal.secretId.required",
                    "Enter the secret ID shown next to the client secret in Entra ID."));
        } else if (forbidden.isPresent()) {
            violations.add(Violation.coded(
                    "credential.secretId",
                    "portal.secretId.forbidden",
                    "The secret ID contains " + forbidden.get().description() + "; copy the ID as Entra ID shows it.",
                    forbidden.get().arguments()));
        } else if (secretId.length() > StoredCredential.MAX_SECRET_ID) {
            violations.add(Violation.coded(
                    "credential.secretId",
                    "portal.secretId.tooLong",
                    "The secret ID has at most " + StoredCredential.MAX_SECRET_ID + " characters.",
                    StoredCredential.MAX_SECRET_ID));
        }
        LocalDate expiresOn = draft.secretExpiresOn();
        if (expiresOn == null) {
            violations.add(Violation.coded(
                    "credential.secretExpiresOn",
                    "portal.secretExpiresOn.required",
                    "Enter the date the client secret expires, as shown in Entra ID."));
        } else if (expiresOn.isBefore(LocalDate.now(clock))) {
            violations.add(Violation.coded(
                    "credential.secretExpiresOn",
                    "portal.secretExpiresOn.past",
                    "The client secret expired on " + expiresOn
                            + ". Create a new client secret in Entra ID and enter it here.",
                    expiresOn));
        }
        boolean keepsStoredValue =
                stored.map(s -> s.type() == AuthenticationType.CLIENT_SECRET).orElse(false);
        String value = draft.secretValue();
        if (value == null || value.isEmpty()) {
            if (!keepsStoredValue) {
                violations.add(Violation.coded(
                        "credential.secretValue",
                        "portal.secretValue.required",
                        "Enter the client secret's value; Entra ID shows it only once, right after it is created."));
            }
            return new CredentialInput.SecretDetails(secretId, expiresOn);
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_SECRET_VALUE_BYTES) {
            violations.add(Violation.coded(
                    "credential.secretValue",
                    "portal.secretValue.tooLong",
                    "The secret value has " + bytes + " bytes in UTF-8; at most " + MAX_SECRET_VALUE_BYTES
                            + " can be stored. Entra ID's secret values have 40 characters: copy the Value"
                            + " column of the client secret.",
                    bytes,
                    MAX_SECRET_VALUE_BYTES));
        }
        return new CredentialInput.NewSecret(secretId, value, expiresOn);
    }

    private CredentialInput certificate(CredentialDraft draft, List<Violation> violations) {
        boolean pem = notBlank(draft.certificatePem()) || notBlank(draft.privateKeyPem());
        boolean pkcs12 = notBlank(draft.pkcs12Base64());
        if (pem && pkcs12) {
            violations.add(Violation.coded(
                    "credential",
                    "portal.certificate.both",
                    "Supply either a PEM certificate with its private key or a PKCS#12 file, not both."));
            return null;
        }
        ClientCertificate certificate;
        try {
            certificate = pkcs12
                    ? certificates.fromPkcs12(draft.pkcs12Base64(), draft.pkcs12Password())
                    : certificates.fromPem(draft.certificatePem(), draft.privateKeyPem());
        } catch (InvalidCredentialException e) {
            violations.add(Violation.coded(
                    e.field(), e.code(), e.getMessage(), e.arguments().toArray()));
            return null;
        }
        String field = pkcs12 ? "credential.pkcs12Base64" : "credential.certificatePem";
        String subject = certificate.subject();
        Optional<StoredText.Forbidden> forbidden = StoredText.forbidden(subject, false);
        if (forbidden.isPresent()) {
            violations.add(Violation.coded(
                    field,
                    "portal.certificate.subjectForbidden",
                    "The certificate's subject contains " + forbidden.get().description() + ".",
                    forbidden.get().arguments()));
            return null;
        }
        if (subject.length() > StoredCredential.MAX_CERTIFICATE_SUBJECT) {
            violations.add(Violation.coded(
                    field,
                    "portal.certificate.subjectTooLong",
                    "The certificate's subject has " + subject.length() + " characters; at most "
                            + StoredCredential.MAX_CERTIFICATE_SUBJECT + " can be stored. Use a certificate"
                            + " with a shorter subject.",
                    subject.length(),
                    StoredCredential.MAX_CERTIFICATE_SUBJECT));
            return null;
        }
        return new CredentialInput.NewCertificate(certificate);
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
                violations.add(Violation.coded(
                        "excludedSkuIds",
                        "portal.excludedSkuIds.notGuid",
                        "'" + skuId + "' is not a SKU id; SKU ids are GUIDs like " + GUID_EXAMPLE + ".",
                        skuId,
                        GUID_EXAMPLE));
            }
        }
        return normalized;
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
