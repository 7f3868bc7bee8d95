package dev.itam.m365.graph.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.assignment.AssignmentError;
import dev.itam.m365.api.assignment.AssignmentState;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphRecordsTest {

    private static final String SKU = "6fd2c87f-b296-42f0-b197-1e91e994b900";

    @Test
    void aSkuIsSubscribedWhenEnabledOrWarning() {
        assertThat(sku("Enabled").subscribed()).isTrue();
        assertThat(sku("Warning").subscribed()).isTrue();
        assertThat(sku("Suspended").subscribed()).isFalse();
        assertThat(sku("LockedOut").subscribed()).isFalse();
        assertThat(new SubscribedSku(SKU, "X", "Enabled", "User", 0, null, null)
                        .seats()
                        .enabled())
                .isZero();
    }

    private static SubscribedSku sku(String status) {
        return new SubscribedSku(
                SKU, "ENTERPRISEPACK", status, "User", 1, new SubscribedSku.PrepaidUnits(1, 0, 0, 0), List.of());
    }

    @Test
    void aLicenceComesThroughAGroupOnlyWhenNoDirectAssignmentGivesIt() {
        assertThat(user(List.of(state("group-b"), state("GROUP-A"))).holdingGroup(SKU))
                .as("the first group by id, in lower case")
                .isEqualTo("group-a");
        assertThat(user(List.of(state("group-a"), state(null))).holdingGroup(SKU))
                .as("direct wins")
                .isNull();
        assertThat(user(List.of(state(null), state("group-a"))).holdingGroup(SKU.toUpperCase()))
                .isNull();
        assertThat(user(null).holdingGroup(SKU)).as("no state: direct").isNull();
        assertThat(user(List.of(state("group-a", "Active", "None"), state(null, "Error", "CountViolation")))
                        .holdingGroup(SKU))
                .as("a failed direct assignment gives nothing; the group does")
                .isEqualTo("group-a");
        assertThat(user(List.of(state("group-a", "Error", "CountViolation"))).holdingGroup(SKU))
                .as("only failed states: taken as they are")
                .isEqualTo("group-a");
        assertThat(user(List.of(state("group-a"))).holdingGroup("another-sku")).isNull();
        assertThat(user(null).licences()).hasSize(1);
    }

    @Test
    void failedStatesAreThoseWithAnErrorOtherThanNone() {
        GraphUser user = user(List.of(
                state("g1", "Active", "None"),
                state("g2", "Active", null),
                state("g3", "Error", "CountViolation"),
                state("g4", "ActiveWithError", "DependencyViolation"),
                state("g5", "SomethingNew", "AnErrorOfTomorrow")));

        assertThat(user.failedStates())
                .extracting(GraphUser.LicenseAssignmentState::groupId)
                .containsExactly("g3", "g4", "g5");
        assertThat(user.failedStates())
                .extracting(GraphUser.LicenseAssignmentState::assignmentState)
                .containsExactly(AssignmentState.ERROR, AssignmentState.ACTIVE_WITH_ERROR, AssignmentState.UNKNOWN);
        assertThat(user.failedStates())
                .extracting(GraphUser.LicenseAssignmentState::assignmentError)
                .containsExactly(
                        AssignmentError.COUNT_VIOLATION, AssignmentError.DEPENDENCY_VIOLATION, AssignmentError.OTHER);
    }

    private static GraphUser.LicenseAssignmentState state(String group) {
        return state(group, "Active", "None");
    }

    private static GraphUser.LicenseAssignmentState state(String group, String state, String error) {
        return new GraphUser.LicenseAssignmentState(SKU, group, state, error, List.of());
    }

    private static GraphUser user(List<GraphUser.LicenseAssignmentState> states) {
        return new GraphUser(
                "id",
                "Adele",
                "adele@contoso.com",
                null,
                true,
                null,
                "Member",
                null,
                null,
                List.of(new GraphUser.AssignedLicense(SKU, List.of())),
                states,
                null);
    }
}
