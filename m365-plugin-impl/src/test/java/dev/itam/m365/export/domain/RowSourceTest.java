package dev.itam.m365.export.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RowSourceTest {

    @Test
    void pagesAreReadOneAfterTheOtherUntilAShortOne() {
        List<Integer> all = IntStream.range(0, 25).boxed().toList();
        List<String> reads = new ArrayList<>();
        RowSource<Integer> rows = RowSource.paged(all.subList(0, 10), 10, (first, max) -> {
            reads.add(first + "+" + max);
            return all.subList(first, Math.min(first + max, all.size()));
        });

        List<Integer> seen = new ArrayList<>();
        rows.forEach(seen::add);

        assertThat(seen).isEqualTo(all);
        assertThat(reads).containsExactly("10+10", "20+10");
    }

    @Test
    void aFullLastPageCostsOneEmptyRead() {
        List<Integer> all = IntStream.range(0, 20).boxed().toList();
        List<String> reads = new ArrayList<>();
        RowSource<Integer> rows = RowSource.paged(all.subList(0, 10), 10, (first, max) -> {
            reads.add(first + "+" + max);
            return all.subList(Math.min(first, all.size()), Math.min(first + max, all.size()));
        });

        List<Integer> seen = new ArrayList<>();
        rows.forEach(seen::add);

        assertThat(seen).isEqualTo(all);
        assertThat(reads).containsExactly("10+10", "20+10");
    }
}
