package dev.itam.m365.export.domain;

import java.util.List;

/**
 * An exportable table: the name of its file and sheet and its columns, in order.
 *
 * @param name a file name without extension, and the XLSX sheet's name ({@code licences},
 *             {@code licence-10-consumers}); letters, digits and hyphens only
 * @param <T>  the type of the rows
 */
public record ExportTable<T>(String name, List<Column<T>> columns) {

    public ExportTable {
        if (!name.matches("[A-Za-z0-9-]{1,31}")) {
            throw new IllegalArgumentException("An export's name is 1 to 31 letters, digits and hyphens: " + name);
        }
        columns = List.copyOf(columns);
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
