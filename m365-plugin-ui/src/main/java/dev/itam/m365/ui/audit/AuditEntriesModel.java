package dev.itam.m365.ui.audit;

import dev.itam.m365.api.audit.AuditEntry;
import dev.itam.m365.api.audit.AuditFilter;
import dev.itam.m365.api.audit.AuditService;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The log's entries a page at a time: it only grows. */
public class AuditEntriesModel extends LazyDataModel<AuditEntry> {

    private static final long serialVersionUID = 1L;

    private final AuditService audit;
    private final AuditFilter filter;

    AuditEntriesModel(AuditService audit, AuditFilter filter) {
        this.audit = audit;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return audit.count(filter);
    }

    @Override
    public List<AuditEntry> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return audit.entries(filter, first, pageSize);
    }

    @Override
    public String getRowKey(AuditEntry entry) {
        return Long.toString(entry.id());
    }
}
