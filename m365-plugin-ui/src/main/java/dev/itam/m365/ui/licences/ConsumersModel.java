package dev.itam.m365.ui.licences;

import dev.itam.m365.api.compliance.ComplianceService;
import dev.itam.m365.api.compliance.Consumer;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The consumers of one licence, read a page at a time: a licence of a large tenant has tens of
 * thousands, and the page shows ten.
 */
public class ConsumersModel extends LazyDataModel<Consumer> {

    private static final long serialVersionUID = 1L;

    private final ComplianceService compliance;
    private final long licenceId;

    ConsumersModel(ComplianceService compliance, long licenceId) {
        this.compliance = compliance;
        this.licenceId = licenceId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return compliance.consumerCount(licenceId);
    }

    @Override
    public List<Consumer> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return compliance.consumers(licenceId, first, pageSize);
    }

    @Override
    public String getRowKey(Consumer consumer) {
        return Long.toString(consumer.contactId());
    }
}
