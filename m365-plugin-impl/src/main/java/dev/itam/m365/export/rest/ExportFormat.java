package dev.itam.m365.export.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/** The file formats of an export, by media type and file extension. */
public enum ExportFormat {
    CSV(ExportFormat.CSV_TYPE, "csv"),
    XLSX(ExportFormat.XLSX_TYPE, "xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * What an export method of a resource {@code @Produces}: below JSON's default quality, so a
     * request that accepts anything ({@code *}{@code /*}) still gets JSON.
     */
    public static final String CSV_PRODUCED = CSV_TYPE + ";qs=0.5";

    public static final String XLSX_PRODUCED = XLSX_TYPE + ";qs=0.5";

    private final MediaType mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = MediaType.valueOf(mediaType);
        this.extension = extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format a link asks for with {@code format=csv} or {@code format=xlsx}. */
    static Optional<ExportFormat> named(String name) {
        for (ExportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The format the request accepts first (by its quality), once JAX-RS chose an export method;
     * CSV when it accepts both equally.
     */
    static ExportFormat accepted(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (ExportFormat format : values()) {
                if (accepted.isCompatible(format.mediaType) && !accepted.isWildcardType()) {
                    return format;
                }
            }
        }
        return CSV;
    }
}
