package dev.itam.m365.simulator.tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * One simulated tenant. Every change bumps the tenant's version and stamps the users it touched,
 * which is what delta queries compare against. Readers take a read lock while they render, so a
 * page never shows a half-applied change.
 */
public final class Tenant {

    private final String id;
    private final String displayName;
    private final String domain;
    private final List<SimUser> users = new ArrayList<>();
    private final Map<String, SimUser> usersById = new HashMap<>();
    private final Map<String, SimSku> skus = new LinkedHashMap<>();
    private final Map<String, AppRegistration> apps = new ConcurrentHashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Clock clock;
    private volatile boolean premium = true;
    private volatile long deltaEpoch;
    private long version;

    Tenant(String id, String displayName, String domain, Clock clock) {
        this.id = id;
        this.displayName = displayName;
        this.domain = domain;
        this.clock = clock;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String domain() {
        return domain;
    }

    /** Runs {@code reader} with a consistent view of the tenant. */
    public <T> T read(Function<Tenant, T> reader) {
        lock.readLock().lock();
        try {
            return reader.apply(this);
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T change(Function<Long, T> mutation) {
        lock.writeLock().lock();
        try {
            version++;
            return mutation.apply(version);
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---- reads (callers hold the read lock through read(...)) ----

    public long version() {
        return version;
    }

    /** Users in their stable order, tombstones included; index into it for paging. */
    public List<SimUser> userSlots() {
        return users;
    }

    public Collection<SimSku> skus() {
        return skus.values();
    }

    public int liveUserCount() {
        return (int) users.stream().filter(u -> !u.deleted).count();
    }

    public SimUser user(String userId) {
        SimUser user = usersById.get(userId);
        if (user == null || user.deleted) {
            throw new UnknownItemException("No user " + userId + " in tenant " + id);
        }
        return user;
    }

    public SimSku sku(String skuId) {
        SimSku sku = skus.get(skuId);
        if (sku == null) {
            throw new UnknownItemException("No SKU " + skuId + " in tenant " + id);
        }
        return sku;
    }

    /** The subscription with this id, whichever SKU it backs. */
    public SimSubscription subscription(String subscriptionId) {
        for (SimSku sku : skus.values()) {
            for (SimSubscription subscription : sku.subscriptions) {
                if (subscription.id.equals(subscriptionId)) {
                    return subscription;
                }
            }
        }
        throw new UnknownItemException("No subscription " + subscriptionId + " in tenant " + id);
    }

    /** The SKU a subscription backs. */
    public SimSku skuOf(String subscriptionId) {
        SimSubscription wanted = subscription(subscriptionId);
        return skus.values().stream()
                .filter(s -> s.subscriptions.contains(wanted))
                .findFirst()
                .orElseThrow();
    }

    /**
     * True when the tenant has Microsoft Entra ID P1 or P2, which Graph wants before it answers with
     * users' {@code signInActivity}; generated tenants have it.
     */
    public boolean premium() {
        return premium;
    }

    public AppRegistration app(String clientId) {
        return apps.get(clientId);
    }

    public Collection<AppRegistration> apps() {
        return apps.values();
    }

    // ---- building (generator) ----

    SimUser appendUser(String userId) {
        SimUser user = new SimUser(userId);
        users.add(user);
        usersById.put(userId, user);
        return user;
    }

    SimSku putSku(SimSku sku) {
        skus.put(sku.skuId(), sku);
        return sku;
    }

    public AppRegistration registerApp(String clientId, String appName) {
        return apps.computeIfAbsent(clientId, c -> new AppRegistration(c, appName));
    }

    void recountConsumption() {
        skus.values().forEach(s -> s.consumed = 0);
        for (SimUser user : users) {
            if (!user.deleted) {
                user.assignments().forEach(a -> skus.get(a.skuId()).consumed++);
            }
        }
    }

    /** Now by the tenant's clock, to the second like Graph's timestamps. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    // ---- changes (control API) ----

    /** Today at 00:00 UTC by the tenant's clock: the simulator's dates carry no time of day. */
    Instant today() {
        return clock.instant().truncatedTo(ChronoUnit.DAYS);
    }

    /** A SKU backed by one Enabled subscription of {@code enabledSeats} licences, bought today. */
    public SimSku addSku(CatalogueSku catalogue, int enabledSeats) {
        return change(v -> {
            if (skus.containsKey(catalogue.skuId())) {
                throw new IllegalArgumentException("The tenant already has SKU " + catalogue.skuId());
            }
            SimSku sku = new SimSku(catalogue);
            sku.subscriptions.add(newSubscription(SeatState.ENABLED, enabledSeats));
            return putSku(sku);
        });
    }

    private SimSubscription newSubscription(SeatState state, int licences) {
        SimSubscription subscription = new SimSubscription(
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), state.status(), licences, today());
        subscription.nextLifecycleAt = today().plus(Duration.ofDays(365));
        return subscription;
    }

    /** The subscription ends: the SKU disappears and so do its assignments. */
    public void removeSku(String skuId) {
        change(v -> {
            sku(skuId);
            skus.remove(skuId);
            for (SimUser user : users) {
                boolean held = user.holds(skuId);
                user.states.removeIf(a -> a.skuId().equals(skuId));
                if (held) {
                    user.changed(v, "assignedLicenses", "licenseAssignmentStates");
                }
            }
            return null;
        });
    }

    /**
     * Changes a SKU's seats through its subscriptions. A {@code capabilityStatus} first becomes the
     * status of every subscription of the SKU, which moves their seats to that state. Then each
     * figure given sets the licences of the SKU's subscriptions in that state: the whole figure on
     * the first of them (a new subscription, bought today, when there is none) and the others
     * removed; a zero figure removes that state's subscriptions, but a SKU keeps at least one
     * subscription (then with no licences). {@code null} leaves a figure or the status alone.
     */
    public void updateSku(
            String skuId,
            Integer enabled,
            Integer suspended,
            Integer warning,
            Integer lockedOut,
            String capabilityStatus) {
        Map<SeatState, Integer> figures = new EnumMap<>(SeatState.class);
        putFigure(figures, SeatState.ENABLED, enabled);
        putFigure(figures, SeatState.SUSPENDED, suspended);
        putFigure(figures, SeatState.WARNING, warning);
        putFigure(figures, SeatState.LOCKED_OUT, lockedOut);
        if (capabilityStatus != null && capabilityStatus.isBlank()) {
            throw new IllegalArgumentException("capabilityStatus must not be blank");
        }
        change(v -> {
            SimSku sku = sku(skuId);
            if (capabilityStatus != null) {
                sku.subscriptions.forEach(s -> s.status = capabilityStatus);
            }
            figures.forEach((state, figure) -> {
                if (figure > 0) {
                    setSeats(sku, state, figure);
                }
            });
            figures.forEach((state, figure) -> {
                if (figure == 0) {
                    removeSeats(sku, state);
                }
            });
            return null;
        });
    }

    private static void putFigure(Map<SeatState, Integer> figures, SeatState state, Integer figure) {
        if (figure != null) {
            if (figure < 0) {
                throw new IllegalArgumentException("Seat figures must not be negative");
            }
            figures.put(state, figure);
        }
    }

    private void setSeats(SimSku sku, SeatState state, int figure) {
        List<SimSubscription> inState = inState(sku, state);
        if (inState.isEmpty()) {
            sku.subscriptions.add(newSubscription(state, figure));
        } else {
            inState.get(0).totalLicenses = figure;
            sku.subscriptions.removeAll(inState.subList(1, inState.size()));
        }
    }

    private static void removeSeats(SimSku sku, SeatState state) {
        List<SimSubscription> inState = inState(sku, state);
        if (inState.size() == sku.subscriptions.size() && !inState.isEmpty()) {
            inState.get(0).totalLicenses = 0;
            inState = inState.subList(1, inState.size());
        }
        sku.subscriptions.removeAll(inState);
    }

    private static List<SimSubscription> inState(SimSku sku, SeatState state) {
        return sku.subscriptions.stream()
                .filter(s -> s.status.equals(state.status()))
                .toList();
    }

    /** Changes one subscription; the SKU's seats and capability status follow from it. */
    public void updateSubscription(String subscriptionId, SubscriptionChange change) {
        change(v -> {
            change.applyTo(subscription(subscriptionId));
            return null;
        });
    }

    public void assign(String userId, String skuId, String groupId) {
        change(v -> {
            SimUser user = user(userId);
            SimSku sku = sku(skuId);
            if (!user.holds(skuId)) {
                user.states.add(SimUser.AssignmentState.active(skuId, groupId, now()));
                sku.consumed++;
                user.changed(v, "assignedLicenses", "licenseAssignmentStates");
            }
            return null;
        });
    }

    public void unassign(String userId, String skuId) {
        change(v -> {
            SimUser user = user(userId);
            if (user.states.removeIf(a -> a.state().held() && a.skuId().equals(skuId))) {
                sku(skuId).consumed--;
                user.changed(v, "assignedLicenses", "licenseAssignmentStates");
            }
            return null;
        });
    }

    public void setAccountEnabled(String userId, boolean enabled) {
        change(v -> {
            SimUser user = user(userId);
            user.accountEnabled = enabled;
            user.changed(v, "accountEnabled");
            return null;
        });
    }

    public void renameUser(String userId, String displayName, String department) {
        change(v -> {
            SimUser user = user(userId);
            if (displayName != null) {
                user.displayName = displayName;
                user.changed(v, "displayName");
            }
            if (department != null) {
                user.department = department;
                user.changed(v, "department");
            }
            user.version = v;
            return null;
        });
    }

    /** Deletes the user; its licences are freed. */
    public void deleteUser(String userId) {
        change(v -> {
            SimUser user = user(userId);
            user.assignments().forEach(a -> skus.get(a.skuId()).consumed--);
            user.states.clear();
            user.deleted = true;
            user.changed(v, "assignedLicenses", "licenseAssignmentStates");
            return null;
        });
    }

    public SimUser addUser(String displayName, String userPrincipalName, String department) {
        return change(v -> {
            SimUser user = appendUser(UUID.randomUUID().toString());
            user.displayName = displayName;
            int space = displayName.indexOf(' ');
            user.givenName = space > 0 ? displayName.substring(0, space) : displayName;
            user.surname = space > 0 ? displayName.substring(space + 1) : null;
            user.userPrincipalName = userPrincipalName;
            user.mail = userPrincipalName;
            user.department = department;
            user.accountEnabled = true;
            user.usageLocation = "US";
            user.createdSecond = now().getEpochSecond();
            user.version = v;
            user.createdVersion = v;
            return user;
        });
    }

    /**
     * The generation of this tenant's delta links: a link of an earlier one has expired, as Graph's
     * do after seven days or when the service needs a resync.
     */
    public long deltaEpoch() {
        return deltaEpoch;
    }

    /** Every delta link handed out so far expires; the next delta query must start a new round. */
    public void expireDeltaLinks() {
        deltaEpoch++;
    }

    /** Switches Microsoft Entra ID P1/P2 on or off; without it Graph refuses {@code signInActivity}. */
    public void setPremium(boolean hasPremium) {
        this.premium = hasPremium;
    }

    public void setUserType(String userId, UserType type) {
        Objects.requireNonNull(type, "type");
        change(v -> {
            SimUser user = user(userId);
            user.userType = type;
            user.changed(v, "userType");
            return null;
        });
    }

    public void setCreatedAt(String userId, Instant createdAt) {
        Objects.requireNonNull(createdAt, "createdAt");
        change(v -> {
            SimUser user = user(userId);
            user.createdSecond = createdAt.getEpochSecond();
            user.changed(v, "createdDateTime");
            return null;
        });
    }

    /**
     * Sets the user's {@code signInActivity}; {@code null} for a kind of sign-in that never happened.
     * The last successful sign-in cannot be later than the last attempt. Delta queries do not report
     * it: Graph refuses {@code signInActivity} in a delta query's {@code $select}, so a sign-in is no
     * change a delta round could show, and the user's version stays as it is.
     */
    public void setSignIns(
            String userId, Instant lastSignInAt, Instant lastNonInteractiveSignInAt, Instant lastSuccessfulSignInAt) {
        if (lastSuccessfulSignInAt != null
                && (lastSignInAt == null || lastSuccessfulSignInAt.isAfter(lastSignInAt))
                && (lastNonInteractiveSignInAt == null || lastSuccessfulSignInAt.isAfter(lastNonInteractiveSignInAt))) {
            throw new IllegalArgumentException(
                    "The last successful sign-in cannot be later than the last interactive and non-interactive ones");
        }
        change(v -> {
            SimUser user = user(userId);
            user.lastSignInSecond = SimUser.second(lastSignInAt);
            user.lastNonInteractiveSignInSecond = SimUser.second(lastNonInteractiveSignInAt);
            user.lastSuccessfulSignInSecond = SimUser.second(lastSuccessfulSignInAt);
            return null;
        });
    }

    /**
     * Records an assignment that did not apply as Graph reports it in {@code licenseAssignmentStates}:
     * {@code Error} or {@code Disabled}, not held, so neither in {@code assignedLicenses} nor counted in
     * {@code consumedUnits}. To mark a held licence {@code ActiveWithError}, see {@link
     * #setAssignmentError}. Delta queries do not report it: Microsoft documents that changes to
     * {@code licenseAssignmentStates} are not tracked.
     */
    public void addFailedAssignment(
            String userId, String skuId, String groupId, LicenseState state, LicenseError error) {
        if (state.held()) {
            throw new IllegalArgumentException(
                    state.graphName() + " is a held state; a failed one is Error or" + " Disabled");
        }
        change(v -> {
            sku(skuId);
            user(userId).states.add(new SimUser.AssignmentState(skuId, groupId, state, error, List.of(), now()));
            return null;
        });
    }

    /** Removes the user's failed assignments of a SKU, as when the group's licence finally applies or goes. */
    public void removeFailedAssignments(String userId, String skuId) {
        change(v ->
                user(userId).states.removeIf(s -> !s.state().held() && s.skuId().equals(skuId)));
    }

    /**
     * Marks the user's held licence of a SKU {@code ActiveWithError} with {@code error}, or {@code Active}
     * again with {@link LicenseError#NONE}; the licence stays held and counted.
     */
    public void setAssignmentError(String userId, String skuId, LicenseError error) {
        LicenseState state = error == LicenseError.NONE ? LicenseState.ACTIVE : LicenseState.ACTIVE_WITH_ERROR;
        change(v -> {
            SimUser user = user(userId);
            if (!user.holds(skuId)) {
                throw new UnknownItemException("User " + userId + " holds no licence of " + skuId);
            }
            Instant at = now();
            user.states.replaceAll(s -> s.state().held() && s.skuId().equals(skuId) ? s.with(state, error, at) : s);
            return null;
        });
    }

    /** Switches off service plans in the user's held licence of a SKU ({@code disabledPlans}); empty turns all on. */
    public void setDisabledPlans(String userId, String skuId, List<String> servicePlanIds) {
        List<String> plans = List.copyOf(servicePlanIds);
        change(v -> {
            SimUser user = user(userId);
            if (!user.holds(skuId)) {
                throw new UnknownItemException("User " + userId + " holds no licence of " + skuId);
            }
            Instant at = now();
            user.states.replaceAll(
                    s -> s.state().held() && s.skuId().equals(skuId) ? s.withDisabledPlans(plans, at) : s);
            user.changed(v, "assignedLicenses", "licenseAssignmentStates");
            return null;
        });
    }
}
