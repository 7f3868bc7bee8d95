package dev.itam.m365.export.domain;

/**
 * Takes an export's rows one at a time, in order; {@link #close()} ends the file. Rows are written as
 * they come, so a writer holds only a few at once, whatever the list's size.
 *
 * @param <T> the type of the rows
 */
public interface RowSink<T> extends AutoCloseable {

    void write(T row);

    /** Writes what is left and ends the file; the stream underneath stays open. */
    @Override
    void close();
}
