package dev.itam.m365.simulator.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changing a user's facts from Java, as tests holding the tenant do. */
class TenantUserFactsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T09:30:00Z"), ZoneOffset.UTC);

    private Tenant tenant;
    private SimUser user;
    private String held;
    private String other;

    @BeforeEach
    void generate() {
        tenant = TenantGenerator.generate(TenantSpec.of(61, 120, 6), CLOCK);
        user = tenant.read(t -> t.userSlots().stream()
                .filter(u -> u.assignmentStates().size() == 1
                        && u.assignments().size() == 1
                        && u.assignments().get(0).groupId() == null)
                .findFirst()
                .orElseThrow());
        held = user.assignments().get(0).skuId();
        other = tenant.read(t -> t.skus().stream()
                .map(SimSku::skuId)
                .filter(id -> !id.equals(held))
                .findFirst()
                .orElseThrow());
    }

    private int consumed(String skuId) {
        return tenant.read(t -> t.sku(skuId).consumed());
    }

    @Test
    void aHeldLicenceMarkedActiveWithErrorStaysHeldAndCounted() {
        int consumed = consumed(held);

        tenant.setAssignmentError(user.id(), held, LicenseError.DEPENDENCY_VIOLATION);

        assertThat(user.assignmentStates()).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(LicenseState.ACTIVE_WITH_ERROR);
            assertThat(s.error()).isEqualTo(LicenseError.DEPENDENCY_VIOLATION);
            assertThat(s.lastUpdatedAt()).isEqualTo(CLOCK.instant());
        });
        assertThat(user.assignments()).extracting(SimUser.Assignment::skuId).containsExactly(held);
        assertThat(consumed(held)).isEqualTo(consumed);
        tenant.setAssignmentError(user.id(), held, LicenseError.NONE);
        assertThat(user.assignmentStates().get(0).state()).isEqualTo(LicenseState.ACTIVE);
        assertThatThrownBy(() -> tenant.setAssignmentError(user.id(), other, LicenseError.OTHER))
                .isInstanceOf(UnknownItemException.class);
    }

    @Test
    void failedAssignmentsAreListedNotHeldAndGoAgain() {
        int consumed = consumed(other);
        long version = user.version();

        tenant.addFailedAssignment(user.id(), other, "g-1", LicenseState.ERROR, LicenseError.COUNT_VIOLATION);
        tenant.addFailedAssignment(user.id(), other, "g-2", LicenseState.DISABLED, LicenseError.NONE);

        assertThat(user.assignmentStates())
                .extracting(s -> s.skuId() + " " + s.groupId() + " " + s.state())
                .containsExactly(held + " null ACTIVE", other + " g-1 ERROR", other + " g-2 DISABLED");
        assertThat(user.assignments()).extracting(SimUser.Assignment::skuId).containsExactly(held);
        assertThat(consumed(other)).isEqualTo(consumed);
        assertThat(user.version())
                .as("licenseAssignmentStates changes are not tracked")
                .isEqualTo(version);
        tenant.removeFailedAssignments(user.id(), other);
        assertThat(user.assignmentStates())
                .extracting(SimUser.AssignmentState::skuId)
                .containsExactly(held);
        assertThatThrownBy(() -> tenant.addFailedAssignment(
                        user.id(), other, "g-1", LicenseState.ACTIVE_WITH_ERROR, LicenseError.OTHER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        tenant.addFailedAssignment(user.id(), other, "g-1", LicenseState.ERROR, LicenseError.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSkuThatEndsTakesItsFailedAssignmentsWithIt() {
        tenant.addFailedAssignment(user.id(), other, "g-1", LicenseState.ERROR, LicenseError.COUNT_VIOLATION);

        tenant.removeSku(other);

        assertThat(user.assignmentStates())
                .extracting(SimUser.AssignmentState::skuId)
                .containsExactly(held);
    }

    @Test
    void disabledPlansAreAChangeOfTheHeldLicence() {
        long version = user.version();

        tenant.setDisabledPlans(user.id(), held, List.of("plan-a"));

        assertThat(user.assignmentStates().get(0).disabledPlans()).containsExactly("plan-a");
        assertThat(user.version()).isGreaterThan(version);
        assertThatThrownBy(() -> tenant.setDisabledPlans(user.id(), other, List.of("plan-a")))
                .isInstanceOf(UnknownItemException.class);
    }

    @Test
    void signInsAreSetButTheLastSuccessfulOneCannotBeLaterThanBothAttempts() {
        Instant interactive = Instant.parse("2026-01-10T10:00:00Z");
        Instant other = Instant.parse("2026-03-01T10:00:00Z");
        long version = user.version();

        tenant.setSignIns(user.id(), interactive, other, interactive);

        assertThat(user.lastSignInAt()).isEqualTo(interactive);
        assertThat(user.lastNonInteractiveSignInAt()).isEqualTo(other);
        assertThat(user.lastSuccessfulSignInAt()).isEqualTo(interactive);
        assertThat(user.neverSignedIn()).isFalse();
        assertThat(user.version()).as("delta queries cannot show sign-ins").isEqualTo(version);
        assertThatThrownBy(() -> tenant.setSignIns(user.id(), interactive, null, other))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tenant.setSignIns(user.id(), null, null, other))
                .isInstanceOf(IllegalArgumentException.class);
        tenant.setSignIns(user.id(), null, null, null);
        assertThat(user.neverSignedIn()).isTrue();
    }

    @Test
    void usersAddedLaterAreMembersCreatedNowWhoNeverSignedIn() {
        SimUser added = tenant.addUser("Ada Lovelace", "ada@example.com", "Research");

        assertThat(added.userType()).isEqualTo(UserType.MEMBER);
        assertThat(added.createdAt()).isEqualTo(CLOCK.instant());
        assertThat(added.neverSignedIn()).isTrue();
        assertThat(added.lastSuccessfulSignInAt()).isNull();
        tenant.assign(added.id(), held, null);
        assertThat(added.assignmentStates())
                .singleElement()
                .satisfies(s -> assertThat(s.lastUpdatedAt()).isEqualTo(CLOCK.instant()));
    }

    @Test
    void snapshotsCarryEveryFact() {
        tenant.setUserType(user.id(), UserType.GUEST);
        tenant.setSignIns(user.id(), null, Instant.parse("2026-03-14T01:02:03Z"), null);
        tenant.addFailedAssignment(user.id(), other, "g-1", LicenseState.ERROR, LicenseError.OTHER);

        SimUser copy = tenant.read(t -> t.user(user.id()).snapshot());

        assertThat(copy.userType()).isEqualTo(UserType.GUEST);
        assertThat(copy.createdAt()).isEqualTo(user.createdAt());
        assertThat(copy.lastSignInAt()).isNull();
        assertThat(copy.lastNonInteractiveSignInAt()).isEqualTo(Instant.parse("2026-03-14T01:02:03Z"));
        assertThat(copy.lastSuccessfulSignInAt()).isNull();
        assertThat(copy.assignmentStates()).isEqualTo(user.assignmentStates()).hasSize(2);
    }
}
