package dev.itam.m365.simulator.graph;

import dev.itam.m365.simulator.tenant.SimUser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** One page of users, copied from the tenant's slots, and where the next page starts. */
record Page(List<SimUser> users, int nextOffset, boolean exhausted) {

    static Page collect(List<SimUser> slots, int offset, int size, Predicate<SimUser> wanted) {
        List<SimUser> users = new ArrayList<>(Math.min(size, Math.max(0, slots.size() - offset)));
        int index = offset;
        while (index < slots.size() && users.size() < size) {
            SimUser user = slots.get(index++);
            if (wanted.test(user)) {
                users.add(user.snapshot());
            }
        }
        boolean exhausted = true;
        for (int rest = index; rest < slots.size(); rest++) {
            if (wanted.test(slots.get(rest))) {
                exhausted = false;
                break;
            }
        }
        return new Page(users, index, exhausted);
    }
}
