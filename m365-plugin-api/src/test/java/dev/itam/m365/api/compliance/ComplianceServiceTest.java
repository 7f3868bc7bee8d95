package dev.itam.m365.api.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.lifecycle.Lifecycle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplianceServiceTest {

    @Test
    void theDefaultFindsOnePortalsLicencesAmongAllAndNotThoseOfDeletedPortals() {
        List<LicenceCompliance> all = List.of(licence(1, 7L), licence(2, 8L), licence(3, null), licence(4, 7L));
        ComplianceService service = new ComplianceService() {
            @Override
            public List<LicenceCompliance> licences() {
                return all;
            }

            @Override
            public List<PortalBalance> balances() {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Consumer> consumers(long licenceId) {
                throw new UnsupportedOperationException();
            }
        };

        assertThat(service.licences(7)).extracting(LicenceCompliance::licenceId).containsExactly(1L, 4L);
        assertThat(service.licences(9)).isEmpty();
        assertThat(service.assignmentErrors(1))
                .as("a service written before failed assignments knows none")
                .isEmpty();
    }

    private static LicenceCompliance licence(long id, Long portalId) {
        return new LicenceCompliance(
                id,
                portalId,
                "Portal " + portalId,
                "sku-" + id,
                "PART_" + id,
                "Title " + id,
                null,
                10,
                5,
                5,
                ComplianceStatus.COMPLIANT,
                null,
                Instant.EPOCH,
                new Seats(10, 0, 0, 0),
                AppliesTo.USER,
                Lifecycle.ACTIVE,
                null,
                null,
                Map.of(),
                0,
                null,
                0,
                null);
    }
}
