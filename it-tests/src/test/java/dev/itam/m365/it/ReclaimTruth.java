package dev.itam.m365.it;

import dev.itam.m365.simulator.tenant.CatalogueSku;
import dev.itam.m365.simulator.tenant.LicenseError;
import dev.itam.m365.simulator.tenant.LicenseState;
import dev.itam.m365.simulator.tenant.SimSku;
import dev.itam.m365.simulator.tenant.SimUser;
import dev.itam.m365.simulator.tenant.Tenant;
import dev.itam.m365.simulator.tenant.UserType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The reclaim list and failed assignments as the simulated tenant has them, worked out from its
 * users one by one, the plain way, to compare with the plugin's set-based SQL. A row is written as
 * {@code "upn skuPartNumber REASON DIRECT|GROUP groupId"}.
 */
final class ReclaimTruth {

    private static final Duration NEW_ACCOUNT = Duration.ofDays(30);

    private ReclaimTruth() {}

    /**
     * @param licenceIds    the plugin's licence id per SKU id: of two licences with the same plans, the
     *                      later imported (the larger id) is the redundant one
     * @param freeSkuIds    SKUs priced 0: never waste
     * @param signInsRead   whether the import could read sign-in activity
     */
    static List<String> rows(
            Tenant tenant,
            Map<String, Long> licenceIds,
            Set<String> freeSkuIds,
            boolean signInsRead,
            int inactiveDays,
            Instant now) {
        return tenant.read(t -> {
            Map<String, SimSku> skus = t.skus().stream().collect(Collectors.toMap(SimSku::skuId, s -> s));
            List<String> rows = new ArrayList<>();
            for (SimUser user : t.userSlots()) {
                if (user.deleted()) {
                    continue;
                }
                Map<String, List<SimUser.AssignmentState>> held = held(user);
                for (Map.Entry<String, List<SimUser.AssignmentState>> licence : held.entrySet()) {
                    String skuId = licence.getKey();
                    if (freeSkuIds.contains(skuId)) {
                        continue;
                    }
                    SimSku sku = skus.get(skuId);
                    String via = via(licence.getValue());
                    for (String reason :
                            reasons(user, skuId, held.keySet(), skus, licenceIds, signInsRead, inactiveDays, now)) {
                        rows.add(user.userPrincipalName() + " " + sku.partNumber() + " " + reason + " " + via);
                    }
                }
            }
            rows.sort(Comparator.naturalOrder());
            return rows;
        });
    }

    /** Failed assignments per SKU id and Graph error name. */
    static Map<String, Map<String, Integer>> failedAssignments(Tenant tenant) {
        return tenant.read(t -> {
            Map<String, Map<String, Integer>> failed = new HashMap<>();
            for (SimUser user : t.userSlots()) {
                if (user.deleted()) {
                    continue;
                }
                for (SimUser.AssignmentState state : user.assignmentStates()) {
                    if (state.error() != LicenseError.NONE) {
                        failed.computeIfAbsent(state.skuId(), id -> new TreeMap<>())
                                .merge(state.error().graphName(), 1, Integer::sum);
                    }
                }
            }
            return failed;
        });
    }

    /** Users per SKU id who wait for it: a group could not give it because the SKU is full. */
    static Map<String, Integer> waiting(Tenant tenant) {
        return tenant.read(t -> {
            Map<String, Set<String>> waiting = new HashMap<>();
            for (SimUser user : t.userSlots()) {
                if (user.deleted()) {
                    continue;
                }
                Set<String> held = held(user).keySet();
                for (SimUser.AssignmentState state : user.assignmentStates()) {
                    if (state.state() == LicenseState.ERROR
                            && state.error() == LicenseError.COUNT_VIOLATION
                            && !held.contains(state.skuId())) {
                        waiting.computeIfAbsent(state.skuId(), id -> new HashSet<>())
                                .add(user.id());
                    }
                }
            }
            return waiting.entrySet().stream()
                    .collect(Collectors.toMap(
                            Map.Entry::getKey, e -> e.getValue().size()));
        });
    }

    private static List<String> reasons(
            SimUser user,
            String skuId,
            Set<String> heldSkuIds,
            Map<String, SimSku> skus,
            Map<String, Long> licenceIds,
            boolean signInsRead,
            int inactiveDays,
            Instant now) {
        List<String> reasons = new ArrayList<>();
        if (!user.accountEnabled()) {
            reasons.add("DISABLED");
        } else if (signInsRead) {
            Instant lastActive = later(user.lastSignInAt(), user.lastNonInteractiveSignInAt());
            if (lastActive == null) {
                if (user.createdAt() == null || user.createdAt().isBefore(now.minus(NEW_ACCOUNT))) {
                    reasons.add("NEVER_SIGNED_IN");
                }
            } else if (lastActive.isBefore(now.minus(Duration.ofDays(inactiveDays)))) {
                reasons.add("INACTIVE");
            }
        }
        if (user.userType() == UserType.GUEST) {
            reasons.add("GUEST");
        }
        Set<String> plans = plans(skus.get(skuId));
        boolean redundant = !plans.isEmpty()
                && heldSkuIds.stream().filter(other -> !other.equals(skuId)).anyMatch(other -> {
                    Set<String> others = plans(skus.get(other));
                    return others.containsAll(plans)
                            && (others.size() > plans.size() || licenceIds.get(skuId) > licenceIds.get(other));
                });
        if (redundant) {
            reasons.add("REDUNDANT");
        }
        return reasons;
    }

    /** The held states of each SKU the user holds. */
    private static Map<String, List<SimUser.AssignmentState>> held(SimUser user) {
        Map<String, List<SimUser.AssignmentState>> held = new HashMap<>();
        for (SimUser.AssignmentState state : user.assignmentStates()) {
            if (state.state().held()) {
                held.computeIfAbsent(state.skuId(), id -> new ArrayList<>()).add(state);
            }
        }
        return held;
    }

    /** DIRECT when any held state is direct; otherwise GROUP with the first group id. */
    private static String via(List<SimUser.AssignmentState> states) {
        if (states.stream().anyMatch(s -> s.groupId() == null)) {
            return "DIRECT -";
        }
        return "GROUP "
                + states.stream()
                        .map(SimUser.AssignmentState::groupId)
                        .filter(Objects::nonNull)
                        .min(Comparator.naturalOrder())
                        .orElseThrow();
    }

    private static Set<String> plans(SimSku sku) {
        return sku.servicePlans().stream()
                .map(CatalogueSku.ServicePlan::servicePlanId)
                .collect(Collectors.toSet());
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
