package dev.itam.m365.export.domain;

import java.util.List;

/**
 * An exportable table: the name of its file and sheet and its columns, in order.
 *
 * @param name a file name without extension ({@code licences}, {@code licence-10-consumers}), and
 *             the XLSX sheet's name (its first 31 characters, Excel's limit); letters, digits and
 *             hyphens only, so it needs no quoting in {@code Content-Disposition}
 * @param <T>  the type of the rows
 */
public record ExportTable<T>(String name, List<Column<T>> columns) {

    public ExportTable {
        if (!name.matches("[A-Za-z0-9-]{1,100}")) {
            throw new IllegalArgumentException("An export's name is 1 to 100 letters, digits and hyphens: " + name);
        }
        columns = List.copyOf(columns);
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
