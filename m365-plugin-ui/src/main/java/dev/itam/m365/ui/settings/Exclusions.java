package dev.itam.m365.ui.settings;

import dev.itam.m365.api.importing.TenantLicence;
import dev.itam.m365.ui.Texts;
import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.primefaces.model.DualListModel;

/**
 * The exclusions pick list: the tenant's licences on the left, the excluded ones on the right.
 * "Only subscribed licences" hides unsubscribed ones on the left only; an excluded licence stays
 * visible, even one the tenant no longer has.
 */
public class Exclusions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One licence as the pick list shows it. */
    record Choice(String skuId, String label, boolean subscribed) implements Serializable {}

    private final Map<String, Choice> choices = new LinkedHashMap<>();
    private Set<String> excluded = new TreeSet<>();
    private boolean onlySubscribed;
    private String loadProblem;

    void load(List<TenantLicence> licences, Set<String> excludedNow) {
        choices.clear();
        licences.stream()
                .sorted(Comparator.comparing(TenantLicence::title, String.CASE_INSENSITIVE_ORDER))
                .forEach(l -> choices.put(l.skuId(), new Choice(l.skuId(), label(l), l.subscribed())));
        excluded = new TreeSet<>(excludedNow);
        loadProblem = null;
    }

    /** The tenant could not be read: exclusions can still be kept or removed, and set later. */
    void couldNotLoad(String problem, Set<String> excludedNow) {
        choices.clear();
        excluded = new TreeSet<>(excludedNow);
        loadProblem = problem;
    }

    private static String label(TenantLicence licence) {
        return Texts.text(
                        "exclusions.label",
                        licence.title(),
                        licence.skuPartNumber(),
                        licence.consumedSeats(),
                        licence.enabledSeats())
                + (licence.subscribed() ? "" : " · " + licence.capabilityStatus());
    }

    public DualListModel<String> getModel() {
        List<String> left = choices.values().stream()
                .filter(c -> !excluded.contains(c.skuId()) && (c.subscribed() || !onlySubscribed))
                .map(Choice::skuId)
                .collect(Collectors.toList());
        List<String> right = excluded.stream()
                .sorted(Comparator.comparing(this::label, String.CASE_INSENSITIVE_ORDER))
                .collect(Collectors.toList());
        return new DualListModel<>(left, right);
    }

    public void setModel(DualListModel<String> model) {
        excluded = new TreeSet<>(model.getTarget());
    }

    public String label(String skuId) {
        Choice choice = choices.get(skuId);
        return choice == null ? Texts.text("exclusions.gone", skuId) : choice.label();
    }

    Set<String> excluded() {
        return Set.copyOf(excluded);
    }

    /** The excluded licences that are not in {@code before}. */
    List<String> addedSince(Collection<String> before) {
        return excluded.stream().filter(id -> !before.contains(id)).toList();
    }

    public boolean isOnlySubscribed() {
        return onlySubscribed;
    }

    public void setOnlySubscribed(boolean onlySubscribed) {
        this.onlySubscribed = onlySubscribed;
    }

    public String getLoadProblem() {
        return loadProblem;
    }
}
