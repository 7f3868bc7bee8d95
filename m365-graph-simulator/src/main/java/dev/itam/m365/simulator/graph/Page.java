package dev.itam.m365.simulator.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** One page of items, copied from a list of slots, and where the next page starts. */
record Page<T>(List<T> items, int nextOffset, boolean exhausted) {

    /** The next {@code size} wanted slots from {@code offset} on, each copied with {@code copy}. */
    static <S, T> Page<T> collect(List<S> slots, int offset, int size, Predicate<S> wanted, Function<S, T> copy) {
        List<T> items = new ArrayList<>(Math.min(size, Math.max(0, slots.size() - offset)));
        int index = offset;
        while (index < slots.size() && items.size() < size) {
            S slot = slots.get(index++);
            if (wanted.test(slot)) {
                items.add(copy.apply(slot));
            }
        }
        boolean exhausted = true;
        for (int rest = index; rest < slots.size(); rest++) {
            if (wanted.test(slots.get(rest))) {
                exhausted = false;
                break;
            }
        }
        return new Page<>(items, index, exhausted);
    }
}
