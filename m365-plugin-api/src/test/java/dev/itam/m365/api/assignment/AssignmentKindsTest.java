package dev.itam.m365.api.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AssignmentKindsTest {

    @Test
    void graphsErrorNamesAreReadCaseAside() {
        assertThat(AssignmentError.ofGraph("CountViolation")).isEqualTo(AssignmentError.COUNT_VIOLATION);
        assertThat(AssignmentError.ofGraph("mutuallyExclusiveViolation"))
                .isEqualTo(AssignmentError.MUTUALLY_EXCLUSIVE_VIOLATION);
        assertThat(AssignmentError.ofGraph("DependencyViolation")).isEqualTo(AssignmentError.DEPENDENCY_VIOLATION);
        assertThat(AssignmentError.ofGraph("ProhibitedInUsageLocationViolation"))
                .isEqualTo(AssignmentError.PROHIBITED_IN_USAGE_LOCATION_VIOLATION);
        assertThat(AssignmentError.ofGraph("UniquenessViolation")).isEqualTo(AssignmentError.UNIQUENESS_VIOLATION);
        assertThat(AssignmentError.ofGraph("Other")).isEqualTo(AssignmentError.OTHER);
        assertThat(AssignmentError.COUNT_VIOLATION.graphName()).isEqualTo("CountViolation");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"None", "none", " ", " None "})
    void noneOrNothingIsNoError(String reported) {
        assertThat(AssignmentError.ofGraph(reported)).isNull();
    }

    @Test
    void anErrorOfALaterGraphIsOtherNotAFailure() {
        assertThat(AssignmentError.ofGraph("QuotaViolationOfTomorrow")).isEqualTo(AssignmentError.OTHER);
    }

    @Test
    void statesAreReadAndUnknownOnesKept() {
        assertThat(AssignmentState.ofGraph("Active")).isEqualTo(AssignmentState.ACTIVE);
        assertThat(AssignmentState.ofGraph("ActiveWithError")).isEqualTo(AssignmentState.ACTIVE_WITH_ERROR);
        assertThat(AssignmentState.ofGraph("disabled")).isEqualTo(AssignmentState.DISABLED);
        assertThat(AssignmentState.ofGraph("Error")).isEqualTo(AssignmentState.ERROR);
        assertThat(AssignmentState.ofGraph("Pending")).isEqualTo(AssignmentState.UNKNOWN);
        assertThat(AssignmentState.ofGraph(null)).isEqualTo(AssignmentState.UNKNOWN);
    }
}
