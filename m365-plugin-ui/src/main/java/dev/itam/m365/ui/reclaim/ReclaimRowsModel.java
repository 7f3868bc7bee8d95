package dev.itam.m365.ui.reclaim;

import dev.itam.m365.api.reclaim.ReclaimFilter;
import dev.itam.m365.api.reclaim.ReclaimRow;
import dev.itam.m365.api.reclaim.ReclaimService;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The reclaim rows of one filter, read a page at a time: a large tenant has tens of thousands. */
public class ReclaimRowsModel extends LazyDataModel<ReclaimRow> {

    private static final long serialVersionUID = 1L;

    private final ReclaimService reclaim;
    private final ReclaimFilter filter;

    ReclaimRowsModel(ReclaimService reclaim, ReclaimFilter filter) {
        this.reclaim = reclaim;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return reclaim.count(filter);
    }

    @Override
    public List<ReclaimRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return reclaim.rows(filter, first, pageSize);
    }

    @Override
    public String getRowKey(ReclaimRow row) {
        return row.contactId() + "-" + row.licenceId() + "-" + row.reason();
    }
}
