package dev.itam.m365.graph.access;

import dev.itam.m365.credential.ClientCertificate;

/** A decrypted credential, held only while a token is being acquired. */
public sealed interface SignInCredential {

    /** A client secret's value. */
    record Secret(String value) implements SignInCredential {
        @Override
        public String toString() {
            return "Secret[***]";
        }
    }

    /** A certificate with its private key. */
    record Certificate(ClientCertificate certificate) implements SignInCredential {}
}
