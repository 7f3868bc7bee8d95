package dev.itam.m365.ui.changes;

import dev.itam.m365.api.changes.Change;
import dev.itam.m365.api.changes.ChangeService;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A run's changes read a page at a time: a first import of a large tenant has a hundred thousand. */
public class RunChangesModel extends LazyDataModel<Change> {

    private static final long serialVersionUID = 1L;

    private final ChangeService changes;
    private final long runId;

    RunChangesModel(ChangeService changes, long runId) {
        this.changes = changes;
        this.runId = runId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return changes.changeCount(runId, null);
    }

    @Override
    public List<Change> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return changes.changes(runId, null, first, pageSize);
    }

    @Override
    public String getRowKey(Change change) {
        return change.kind() + "-" + change.objectId() + "-" + change.licenceId();
    }
}
