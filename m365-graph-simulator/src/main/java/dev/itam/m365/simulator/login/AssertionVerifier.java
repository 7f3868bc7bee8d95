package dev.itam.m365.simulator.login;

import dev.itam.m365.simulator.tenant.AppRegistration;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Checks a client assertion the way Entra does: the certificate named by its thumbprint
 * ({@code x5t} SHA-1 or {@code x5t#S256} SHA-256, Base64 or Base64url, padded or not) must be
 * registered on the app and still valid, the RS256 or PS256 signature must verify, {@code iss} and
 * {@code sub} must be the client id, {@code aud} the token endpoint, and now within nbf/exp.
 */
final class AssertionVerifier {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private AssertionVerifier() {}

    static void verify(String assertion, AppRegistration app, String tokenEndpoint, Instant now) throws EntraError {
        String[] parts = assertion.split("\\.");
        if (parts.length != 3) {
            throw EntraError.badAssertion("The client assertion is not a signed JSON Web Token.");
        }
        JsonObject header = json(parts[0]);
        JsonObject claims = json(parts[1]);
        X509Certificate certificate = registeredCertificate(header, app);
        checkSignature(header.getString("alg", ""), certificate, parts[0] + "." + parts[1], parts[2]);
        if (certificate.getNotAfter().toInstant().isBefore(now)) {
            throw EntraError.badAssertion("The key used is expired.");
        }
        if (!app.clientId().equals(claims.getString("iss", null))
                || !app.clientId().equals(claims.getString("sub", null))) {
            throw EntraError.assertionClientMismatch();
        }
        if (!tokenEndpoint.equalsIgnoreCase(claims.getString("aud", ""))) {
            throw EntraError.badAssertion("The audience claim '" + claims.getString("aud", "") + "' is not the token"
                    + " endpoint " + tokenEndpoint + ".");
        }
        Instant notBefore = epochClaim(claims, "nbf", Instant.EPOCH);
        Instant expires = epochClaim(claims, "exp", Instant.EPOCH);
        if (now.plus(CLOCK_SKEW).isBefore(notBefore) || now.minus(CLOCK_SKEW).isAfter(expires)) {
            throw EntraError.assertionTime();
        }
    }

    private static X509Certificate registeredCertificate(JsonObject header, AppRegistration app) throws EntraError {
        boolean sha256 = header.containsKey("x5t#S256");
        String thumbprint = header.getString(sha256 ? "x5t#S256" : "x5t", null);
        if (thumbprint == null) {
            throw EntraError.badAssertion("The client assertion header names no certificate (x5t or x5t#S256).");
        }
        byte[] wanted;
        try {
            wanted = lenientBase64(thumbprint);
        } catch (IllegalArgumentException e) {
            throw EntraError.unregisteredCertificate(thumbprint);
        }
        for (X509Certificate certificate : app.certificates()) {
            if (Arrays.equals(wanted, digest(sha256 ? "SHA-256" : "SHA-1", certificate))) {
                return certificate;
            }
        }
        throw EntraError.unregisteredCertificate(HexFormat.of().withUpperCase().formatHex(wanted));
    }

    private static void checkSignature(
            String algorithm, X509Certificate certificate, String signedPart, String signature) throws EntraError {
        try {
            Signature verifier = switch (algorithm) {
                case "RS256" -> Signature.getInstance("SHA256withRSA");
                case "PS256" -> {
                    Signature pss = Signature.getInstance("RSASSA-PSS");
                    pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
                    yield pss;
                }
                default -> throw EntraError.badAssertion("The signing algorithm '" + algorithm + "' is not supported.");
            };
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(signedPart.getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(lenientBase64(signature))) {
                throw EntraError.badAssertion("The signature does not match the registered certificate's key.");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw EntraError.badAssertion("The signature cannot be checked: " + e.getMessage());
        }
    }

    private static Instant epochClaim(JsonObject claims, String name, Instant fallback) {
        JsonNumber value = claims.getJsonNumber(name);
        return value == null ? fallback : Instant.ofEpochSecond(value.longValue());
    }

    private static JsonObject json(String base64url) throws EntraError {
        try {
            String text = new String(lenientBase64(base64url), StandardCharsets.UTF_8);
            return Json.createReader(new StringReader(text)).readObject();
        } catch (RuntimeException e) {
            throw EntraError.badAssertion("The client assertion is not a readable JSON Web Token.");
        }
    }

    /** Decodes Base64 and Base64url alike, with or without padding. */
    static byte[] lenientBase64(String text) {
        String standard = text.strip().replace('-', '+').replace('_', '/').replace("=", "");
        int padding = (4 - standard.length() % 4) % 4;
        return Base64.getDecoder().decode(standard + "=".repeat(padding));
    }

    private static byte[] digest(String algorithm, X509Certificate certificate) {
        try {
            return MessageDigest.getInstance(algorithm.toUpperCase(Locale.ROOT)).digest(certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
