package dev.itam.m365.it.host;

import dev.itam.m365.api.spi.ContactDirectory;
import dev.itam.m365.api.spi.ImportedUser;
import java.util.Optional;

/** A host's contact master data for HostIT: it knows its contacts by user principal name. */
public class HostContactDirectory implements ContactDirectory {

    @Override
    public Optional<String> hostContactId(ImportedUser user) {
        return Optional.ofNullable(user.userPrincipalName()).map(upn -> "host:" + upn);
    }
}
