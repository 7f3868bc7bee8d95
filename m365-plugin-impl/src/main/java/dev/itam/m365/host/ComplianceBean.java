package dev.itam.m365.host;

import dev.itam.m365.api.assignment.FailedAssignment;
import dev.itam.m365.api.compliance.ComplianceService;
import dev.itam.m365.api.compliance.Consumer;
import dev.itam.m365.api.compliance.CostSummary;
import dev.itam.m365.api.compliance.LicenceCompliance;
import dev.itam.m365.api.compliance.PortalBalance;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/** {@code java:global/m365-plugin/M365Compliance!dev.itam.m365.api.compliance.ComplianceService}: the ComplianceService for host applications. */
@Stateless(name = "M365Compliance")
@Local(ComplianceService.class)
@HostFacade
@HostCall
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ComplianceBean implements ComplianceService {

    @Inject
    ComplianceService delegate;

    @Override
    public List<LicenceCompliance> licences() {
        return delegate.licences();
    }

    @Override
    public List<LicenceCompliance> licences(long portalId) {
        return delegate.licences(portalId);
    }

    @Override
    public List<PortalBalance> balances() {
        return delegate.balances();
    }

    @Override
    public List<Consumer> consumers(long licenceId) {
        return delegate.consumers(licenceId);
    }

    @Override
    public List<Consumer> consumers(long licenceId, int first, int max) {
        return delegate.consumers(licenceId, first, max);
    }

    @Override
    public int consumerCount(long licenceId) {
        return delegate.consumerCount(licenceId);
    }

    @Override
    public List<FailedAssignment> assignmentErrors(long licenceId) {
        return delegate.assignmentErrors(licenceId);
    }

    @Override
    public CostSummary costs() {
        return delegate.costs();
    }
}
