package dev.itam.m365.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.importing.TenantLicence;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.primefaces.model.DualListModel;

class ExclusionsTest {

    private static final String E3 = "05e9a617-0261-4cee-bb44-138d3ef5d965";
    private static final String E5 = "06ebc4ee-1bb5-47dd-8120-11324bc54e06";
    private static final String TRIAL = "3b555118-da6a-4418-894f-7df1e2096870";
    private static final String GONE = "c42b9cae-ea4f-4ab7-9717-81576235ccac";

    private final Exclusions exclusions = new Exclusions();

    private void loadTenant(Set<String> excluded) {
        exclusions.load(
                List.of(
                        new TenantLicence(E5, "SPE_E5", "Microsoft 365 E5", "Enabled", 10, 4, true, false),
                        new TenantLicence(
                                TRIAL, "O365_BUSINESS_ESSENTIALS", "Business Basic", "Suspended", 5, 0, false, false),
                        new TenantLicence(E3, "SPE_E3", "Microsoft 365 E3", "Warning", 20, 25, true, false)),
                excluded);
    }

    @Test
    void listsTheTenantsLicencesByTitleWithTheExcludedOnTheRight() {
        loadTenant(Set.of(E5));

        DualListModel<String> model = exclusions.getModel();

        assertThat(model.getSource()).containsExactly(TRIAL, E3);
        assertThat(model.getTarget()).containsExactly(E5);
        assertThat(exclusions.label(E3)).isEqualTo("Microsoft 365 E3 (SPE_E3) · 25 of 20 seats used");
        assertThat(exclusions.label(TRIAL)).endsWith("· Suspended");
    }

    @Test
    void onlySubscribedHidesUnsubscribedLicencesOnTheLeftOnly() {
        loadTenant(Set.of(TRIAL));
        exclusions.setOnlySubscribed(true);

        assertThat(exclusions.getModel().getSource()).containsExactly(E3, E5);
        assertThat(exclusions.getModel().getTarget()).containsExactly(TRIAL);
    }

    @Test
    void movingEitherWayChangesTheExclusionsAndTellsWhichAreNew() {
        loadTenant(Set.of(E5));

        exclusions.setModel(new DualListModel<>(List.of(E5), List.of(E3, TRIAL)));

        assertThat(exclusions.excluded()).containsExactlyInAnyOrder(E3, TRIAL);
        assertThat(exclusions.addedSince(Set.of(E5))).containsExactlyInAnyOrder(E3, TRIAL);
        assertThat(exclusions.getModel().getSource()).containsExactly(E5);
    }

    @Test
    void anUnreadableTenantKeepsTheExclusionsSoNoneIsLostOnSave() {
        exclusions.couldNotLoad("The tenant cannot be reached.", Set.of(GONE));

        assertThat(exclusions.getLoadProblem()).isEqualTo("The tenant cannot be reached.");
        assertThat(exclusions.getModel().getSource()).isEmpty();
        assertThat(exclusions.getModel().getTarget()).containsExactly(GONE);
        assertThat(exclusions.label(GONE)).contains("no longer in the tenant");
        assertThat(exclusions.excluded()).containsExactly(GONE);
    }
}
