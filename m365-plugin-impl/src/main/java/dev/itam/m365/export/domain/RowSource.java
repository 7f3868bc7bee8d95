package dev.itam.m365.export.domain;

import java.util.List;
import java.util.function.Consumer;

/**
 * Hands an export's rows over one at a time, reading them as it goes (a page at a time, or from a
 * cursor), so the whole list is never in memory.
 *
 * @param <T> the type of the rows
 */
@FunctionalInterface
public interface RowSource<T> {

    void forEach(Consumer<? super T> sink);

    /** Rows already read: a list short enough to hold, such as the licences. */
    static <T> RowSource<T> of(List<T> rows) {
        return rows::forEach;
    }

    /**
     * The rows of a paged reader, {@code size} at a time, from the first page already read (reading it
     * before the answer starts lets its refusal, such as an unknown licence, still be the answer); the
     * end is the first page shorter than {@code size}.
     */
    static <T> RowSource<T> paged(List<T> firstPage, int size, PageReader<T> reader) {
        return sink -> {
            List<T> page = firstPage;
            int first = 0;
            while (true) {
                page.forEach(sink);
                if (page.size() < size) {
                    return;
                }
                first += size;
                page = reader.read(first, size);
            }
        };
    }

    /** Reads {@code max} rows from row {@code first} (0 is the first). */
    @FunctionalInterface
    interface PageReader<T> {
        List<T> read(int first, int max);
    }
}
