package dev.itam.m365.simulator.tenant;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The user facts a generated tenant gets after its users, SKUs and seats: who is a guest, when
 * each user was created and last signed in, failed group assignments, switched-off service plans,
 * and licences a user holds twice over (a SKU whose every service plan is also in another SKU the
 * user holds). All are drawn from a random stream of their own, so the ids, names, assignments,
 * consumption and seats drawn before stay what they were; see {@link TenantGenerator} for the layout.
 */
final class UserFacts {

    /** From this size on a tenant is sure to show every kind of fact; smaller ones show what chance gives. */
    static final int SURE_FROM_USERS = 50;

    private static final int DAY_SECONDS = 86_400;
    /** Microsoft records successful sign-ins from 1 December 2023 on and did not backfill them. */
    private static final Instant SUCCESS_RECORDED_FROM = Instant.parse("2023-12-01T00:00:00Z");

    private static final int REDUNDANT_HOLDERS = 2;
    private static final LicenseError[] ACTIVE_WITH_ERRORS = {
        LicenseError.DEPENDENCY_VIOLATION, LicenseError.MUTUALLY_EXCLUSIVE_VIOLATION, LicenseError.OTHER
    };
    private static final LicenseError[] OTHER_ERRORS = {
        LicenseError.MUTUALLY_EXCLUSIVE_VIOLATION,
        LicenseError.DEPENDENCY_VIOLATION,
        LicenseError.PROHIBITED_IN_USAGE_LOCATION_VIOLATION,
        LicenseError.UNIQUENESS_VIOLATION,
        LicenseError.OTHER
    };

    private final List<SimUser> users;
    private final List<SimSku> skus;
    private final List<String> groupIds;
    /** The SKUs users can hold: all but the company-wide one. */
    private final int userSkus;

    private final SplittableRandom facts;
    private final Instant today;
    private final Map<String, SimSku> skusById = new HashMap<>();

    private UserFacts(Tenant tenant, List<SimSku> skus, List<String> groupIds, int userSkus, SplittableRandom facts) {
        this.users = tenant.userSlots();
        this.skus = skus;
        this.groupIds = groupIds;
        this.userSkus = userSkus;
        this.facts = facts;
        this.today = tenant.today();
        skus.forEach(s -> skusById.put(s.skuId(), s));
    }

    /**
     * Draws the facts in a fixed order, each pass from where the previous one left the stream.
     *
     * @param groupIds the group of each SKU, by the SKU's position
     * @param userSkus how many of the SKUs, from the first, users can hold
     */
    static void draw(Tenant tenant, List<SimSku> skus, List<String> groupIds, int userSkus, SplittableRandom facts) {
        UserFacts draw = new UserFacts(tenant, skus, groupIds, userSkus, facts);
        draw.users.forEach(draw::person);
        draw.disabledPlans();
        draw.redundantLicences();
        draw.activeWithErrors();
        draw.countViolations();
        draw.otherErrors();
        draw.licensedGuest();
    }

    private boolean sure() {
        return users.size() >= SURE_FROM_USERS;
    }

    /** Guest about one in 25; created 1 to 2000 days ago, one in 20 within the last 20 days; sign-ins. */
    private void person(SimUser user) {
        user.userType = facts.nextInt(25) == 0 ? UserType.GUEST : UserType.MEMBER;
        int age = facts.nextInt(100) < 5 ? 1 + facts.nextInt(20) : 21 + facts.nextInt(1980);
        Instant created = today.minus(age, ChronoUnit.DAYS).plusSeconds(facts.nextInt(DAY_SECONDS));
        user.createdSecond = created.getEpochSecond();
        user.states.replaceAll(s -> s.with(s.state(), s.error(), created));
        signIns(user, age, created);
    }

    /**
     * One profile per user: 8 % never signed in; 10 % only non-interactive sign-ins in the last 7
     * days (interactive never or over 90 days ago); 14 % inactive over 180 days; 12 % inactive 91 to
     * 180 days; the rest signed in interactively within 30 days, most also non-interactively within 7.
     * Nobody signs in before being created: an account younger than its profile's main sign-in signed
     * in once within an hour of its creation, one younger than a further sign-in has none of that kind.
     * The last successful sign-in is the latest attempt, but in one case in 20 that attempt failed.
     */
    private void signIns(SimUser user, int age, Instant created) {
        int profile = facts.nextInt(100);
        if (profile < 8) {
            return; // never signed in
        }
        Instant interactive = null;
        Instant nonInteractive = null;
        if (profile < 18) {
            nonInteractive = signIn(age, created, 1, 7, true);
            if (facts.nextBoolean()) {
                interactive = signIn(age, created, 91, 730, false);
            }
        } else if (profile < 32) {
            interactive = signIn(age, created, 181, 730, true);
            if (facts.nextBoolean()) {
                nonInteractive = signIn(age, created, 181, 730, false);
            }
        } else if (profile < 44) {
            interactive = signIn(age, created, 91, 180, true);
            if (facts.nextBoolean()) {
                nonInteractive = signIn(age, created, 91, 180, false);
            }
        } else {
            interactive = signIn(age, created, 1, 30, true);
            if (facts.nextInt(4) != 0) {
                nonInteractive = signIn(age, created, 1, 7, false);
            }
        }
        Instant latest = later(interactive, nonInteractive);
        Instant successful = latest;
        if (latest != null && facts.nextInt(20) == 0) {
            successful = latest == interactive ? nonInteractive : interactive;
        }
        if (successful != null && successful.isBefore(SUCCESS_RECORDED_FROM)) {
            successful = null;
        }
        user.lastSignInSecond = SimUser.second(interactive);
        user.lastNonInteractiveSignInSecond = SimUser.second(nonInteractive);
        user.lastSuccessfulSignInSecond = SimUser.second(successful);
    }

    /**
     * A moment {@code fromDays} to {@code toDays} days before today, not before creation. For an
     * account younger than {@code fromDays}: within an hour of its creation when {@code main}, else null.
     */
    private Instant signIn(int age, Instant created, int fromDays, int toDays, boolean main) {
        if (age < fromDays) {
            if (!main) {
                return null;
            }
            Instant soon = created.plusSeconds(facts.nextInt(3600));
            return soon.isAfter(today) ? today : soon;
        }
        int days = fromDays + facts.nextInt(Math.min(toDays, age) - fromDays + 1);
        Instant at = today.minus(days, ChronoUnit.DAYS).plusSeconds(facts.nextInt(DAY_SECONDS));
        return at.isBefore(created) ? created : at;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** A moment within the last {@code days} days, not before the user was created. */
    private Instant recent(SimUser user, int days) {
        Instant at = today.minus(1 + facts.nextInt(days), ChronoUnit.DAYS).plusSeconds(facts.nextInt(DAY_SECONDS));
        Instant created = user.createdAt();
        return at.isBefore(created) ? created : at;
    }

    /** One held licence in 50 has one of its user service plans switched off, when it has two or more. */
    private void disabledPlans() {
        for (SimUser user : users) {
            List<SimUser.AssignmentState> states = user.states;
            for (int i = 0; i < states.size(); i++) {
                SimUser.AssignmentState state = states.get(i);
                if (facts.nextInt(50) != 0) {
                    continue;
                }
                SimSku sku = skusById.get(state.skuId());
                List<String> plans = new ArrayList<>();
                for (CatalogueSku.ServicePlan plan : sku.servicePlans()) {
                    if (plan.appliesTo(sku.appliesTo()) == AppliesTo.USER) {
                        plans.add(plan.servicePlanId());
                    }
                }
                if (plans.size() >= 2) {
                    states.set(
                            i,
                            state.withDisabledPlans(
                                    List.of(plans.get(facts.nextInt(plans.size()))), state.lastUpdatedAt()));
                }
            }
        }
    }

    /**
     * From {@link #SURE_FROM_USERS} users on, at least {@link #REDUNDANT_HOLDERS} users hold a SKU and
     * another one whose service plans are all in it, none switched off in the bigger one. When the
     * assignments drawn before give fewer, the first such pair of the tenant's SKUs whose smaller SKU
     * has the spare seats gets more: holders of the bigger one, drawn here, get the smaller one
     * directly. Its seats were set before, so they stay; its consumption grows by the users added.
     */
    private void redundantLicences() {
        if (!sure()) {
            return;
        }
        List<SimSku[]> pairs = containedPairs();
        int holders = 0;
        for (SimUser user : users) {
            if (pairs.stream().anyMatch(p -> holdsClean(user, p[0]) && user.holds(p[1].skuId()))) {
                holders++;
            }
        }
        int missing = REDUNDANT_HOLDERS - holders;
        for (SimSku[] pair : pairs) {
            if (missing <= 0) {
                return;
            }
            SimSku smaller = pair[1];
            List<SimUser> candidates = users.stream()
                    .filter(u -> holdsClean(u, pair[0]) && !u.holds(smaller.skuId()))
                    .toList();
            if (candidates.size() >= missing && seats(smaller) - smaller.consumed >= missing) {
                List<SimUser> chosen = new ArrayList<>(candidates);
                for (int i = 0; i < missing; i++) {
                    SimUser user = chosen.remove(facts.nextInt(chosen.size()));
                    user.states.add(SimUser.AssignmentState.active(smaller.skuId(), null, recent(user, 365)));
                    smaller.consumed++;
                }
                return;
            }
        }
    }

    /** (bigger, smaller) pairs of user SKUs, the smaller one's service plans a proper part of the bigger one's. */
    private List<SimSku[]> containedPairs() {
        List<SimSku[]> pairs = new ArrayList<>();
        for (int big = 0; big < userSkus; big++) {
            List<String> bigPlans = planIds(skus.get(big));
            for (int small = 0; small < userSkus; small++) {
                List<String> smallPlans = planIds(skus.get(small));
                if (small != big
                        && !smallPlans.isEmpty()
                        && smallPlans.size() < bigPlans.size()
                        && bigPlans.containsAll(smallPlans)) {
                    pairs.add(new SimSku[] {skus.get(big), skus.get(small)});
                }
            }
        }
        return pairs;
    }

    private static List<String> planIds(SimSku sku) {
        return sku.servicePlans().stream()
                .map(CatalogueSku.ServicePlan::servicePlanId)
                .distinct()
                .toList();
    }

    /** Holds the SKU with no service plan switched off. */
    private static boolean holdsClean(SimUser user, SimSku sku) {
        return user.states.stream()
                .anyMatch(s -> s.state().held()
                        && s.skuId().equals(sku.skuId())
                        && s.disabledPlans().isEmpty());
    }

    /** Seats a licence can be assigned from: Enabled ones and those in the grace period. */
    private static int seats(SimSku sku) {
        return sku.enabled() + sku.warning();
    }

    /**
     * One group licence in 100 is held {@code ActiveWithError}; from {@link #SURE_FROM_USERS} users on,
     * at least one.
     */
    private void activeWithErrors() {
        List<int[]> groupHeld = new ArrayList<>();
        boolean marked = false;
        for (int u = 0; u < users.size(); u++) {
            List<SimUser.AssignmentState> states = users.get(u).states;
            for (int i = 0; i < states.size(); i++) {
                if (states.get(i).groupId() == null) {
                    continue;
                }
                groupHeld.add(new int[] {u, i});
                if (facts.nextInt(100) == 0) {
                    markActiveWithError(u, i);
                    marked = true;
                }
            }
        }
        if (!marked && sure() && !groupHeld.isEmpty()) {
            int[] at = groupHeld.get(facts.nextInt(groupHeld.size()));
            markActiveWithError(at[0], at[1]);
        }
    }

    private void markActiveWithError(int userIndex, int stateIndex) {
        SimUser user = users.get(userIndex);
        SimUser.AssignmentState state = user.states.get(stateIndex);
        LicenseError error = ACTIVE_WITH_ERRORS[facts.nextInt(ACTIVE_WITH_ERRORS.length)];
        user.states.set(stateIndex, state.with(LicenseState.ACTIVE_WITH_ERROR, error, recent(user, 60)));
    }

    /**
     * Each user SKU with fewer seats than users holding it (the seat figure set below consumption)
     * has one to three more members of its group whose licence found no seat: {@code Error},
     * {@code CountViolation}.
     */
    private void countViolations() {
        for (int i = 0; i < userSkus; i++) {
            SimSku sku = skus.get(i);
            if (seats(sku) < sku.consumed) {
                int failed = 1 + facts.nextInt(3);
                for (int n = 0; n < failed; n++) {
                    fail(i, LicenseError.COUNT_VIOLATION);
                }
            }
        }
    }

    /** From {@link #SURE_FROM_USERS} users and five SKUs on, one group assignment failed with each other error. */
    private void otherErrors() {
        if (!sure() || skus.size() < 5) {
            return;
        }
        for (LicenseError error : OTHER_ERRORS) {
            fail(facts.nextInt(userSkus), error);
        }
    }

    /** A user drawn among those with neither a licence nor a failed assignment of the SKU gets a failed one. */
    private void fail(int skuIndex, LicenseError error) {
        String skuId = skus.get(skuIndex).skuId();
        for (int attempt = 0; attempt < 100; attempt++) {
            SimUser user = users.get(facts.nextInt(users.size()));
            if (user.states.stream().noneMatch(s -> s.skuId().equals(skuId))) {
                user.states.add(new SimUser.AssignmentState(
                        skuId, groupIds.get(skuIndex), LicenseState.ERROR, error, List.of(), recent(user, 30)));
                return;
            }
        }
    }

    /** From {@link #SURE_FROM_USERS} users on, a guest holds the first SKU, a paid one: a holder drawn becomes a guest. */
    private void licensedGuest() {
        String paid = skus.get(0).skuId();
        if (!sure() || users.stream().anyMatch(u -> u.userType == UserType.GUEST && u.holds(paid))) {
            return;
        }
        List<SimUser> holders = users.stream().filter(u -> u.holds(paid)).toList();
        if (!holders.isEmpty()) {
            holders.get(facts.nextInt(holders.size())).userType = UserType.GUEST;
        }
    }
}
