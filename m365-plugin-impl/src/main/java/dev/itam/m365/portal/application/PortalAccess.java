package dev.itam.m365.portal.application;

import dev.itam.m365.api.monitor.FailureCategory;
import dev.itam.m365.api.portal.AuthenticationType;
import dev.itam.m365.api.portal.PortalDraft;
import dev.itam.m365.credential.ClientCertificateReader;
import dev.itam.m365.credential.InvalidCredentialException;
import dev.itam.m365.graph.GraphFailure;
import dev.itam.m365.graph.access.SignInCredential;
import dev.itam.m365.graph.access.TenantAccess;
import dev.itam.m365.portal.domain.PortalEntity;
import dev.itam.m365.portal.domain.StoredCredential;
import dev.itam.m365.portal.domain.TenantConnection;
import dev.itam.m365.secret.SecretCipher;
import dev.itam.m365.secret.SecretUnreadableException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Turns a stored portal, or connection data an admin has not saved yet, into what signing in to
 * the tenant needs, decrypting the credential only for that moment.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PortalAccess {

    @Inject
    PortalRepository repository;

    @Inject
    SecretCipher cipher;

    @Inject
    Clock clock;

    private PortalRules rules;

    @PostConstruct
    void init() {
        rules = new PortalRules(clock);
    }

    public TenantAccess of(long portalId) {
        return of(repository.require(portalId));
    }

    public TenantAccess of(PortalEntity portal) {
        TenantConnection connection = portal.connection();
        return new TenantAccess(
                connection.tenantId(),
                connection.clientId(),
                connection.cloud(),
                decrypt(portal.credential()),
                Optional.of(cacheKey(portal)));
    }

    /**
     * @param portalId with a stored portal, a draft without credential signs in with the stored one
     * @throws dev.itam.m365.api.InvalidInputException when the connection data break a rule
     */
    public TenantAccess of(PortalDraft draft, Long portalId) {
        Optional<StoredCredential> stored =
                Optional.ofNullable(portalId).map(id -> repository.require(id).credential());
        CheckedConnection checked = rules.checkConnection(draft, stored);
        SignInCredential credential;
        if (checked.credential() instanceof CredentialInput.NewSecret secret) {
            credential = new SignInCredential.Secret(secret.value());
        } else if (checked.credential() instanceof CredentialInput.NewCertificate certificate) {
            credential = new SignInCredential.Certificate(certificate.certificate());
        } else {
            credential = decrypt(stored.orElseThrow());
        }
        TenantConnection tenant = checked.tenant();
        return new TenantAccess(tenant.tenantId(), tenant.clientId(), tenant.cloud(), credential, Optional.empty());
    }

    /** Changes whenever the portal is saved, so a changed credential gets a fresh MSAL client. */
    static String cacheKey(PortalEntity portal) {
        return "portal:" + portal.id() + ":" + portal.updatedAt().toEpochMilli();
    }

    private SignInCredential decrypt(StoredCredential credential) {
        try {
            if (credential.type() == AuthenticationType.CLIENT_SECRET) {
                return new SignInCredential.Secret(
                        cipher.decryptToString(credential.encryptedSecretValue(), CredentialSealer.SECRET_PURPOSE));
            }
            byte[] key = cipher.decrypt(credential.encryptedPrivateKey(), CredentialSealer.PRIVATE_KEY_PURPOSE);
            return new SignInCredential.Certificate(
                    ClientCertificateReader.fromStored(credential.certificatePem(), key));
        } catch (SecretUnreadableException e) {
            throw new GraphFailure(FailureCategory.CREDENTIAL_UNREADABLE, e.getMessage(), false, null, e);
        } catch (InvalidCredentialException e) {
            throw new GraphFailure(
                    FailureCategory.CERTIFICATE_THUMBPRINT_UNREADABLE,
                    "The stored certificate cannot be" + " read (" + e.getMessage()
                            + "). Upload the certificate and its key again.",
                    false,
                    null,
                    e);
        }
    }
}
