package dev.itam.m365.importing.application;

import dev.itam.m365.licensing.domain.LicenceEntity;
import java.util.ArrayList;
import java.util.List;

/** What merging a tenant's SKUs did to licences and products; ids of the licences now synchronised. */
final class LicenceMerge {

    int licencesCreated;
    int licencesUpdated;
    int productsCreated;
    int productsUpdated;
    int unsynchronisable;
    final List<LicenceEntity> synchronisedLicences = new ArrayList<>();

    List<Long> synchronisedLicenceIds() {
        return synchronisedLicences.stream().map(LicenceEntity::id).toList();
    }
}
