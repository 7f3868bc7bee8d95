package dev.itam.m365.simulator.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The state behind {@code $skiptoken} and {@code $deltatoken}: where the next page starts, which
 * tenant version a delta round compares against, the selected properties, and for delta links when
 * they were handed out and which users a filtered round follows. Clients only ever see it as an
 * opaque string.
 *
 * @param kind         "users", "delta" (a delta round in progress) or "since" (a delta link)
 * @param offset       the user slot the next page starts at
 * @param sinceVersion changes after this tenant version are reported by a delta round (-1: all users)
 * @param roundVersion the tenant version the round started at; the next delta link starts there
 * @param issuedAt     epoch second the round started (delta links expire seven days after)
 * @param epoch        the tenant's delta epoch then; a later epoch expires the link
 * @param ids          the users a {@code $filter=id eq ...} round follows; empty: all
 */
record PageToken(
        String kind,
        int offset,
        long sinceVersion,
        long roundVersion,
        List<String> select,
        long issuedAt,
        long epoch,
        List<String> ids) {

    private static final String MAGIC = "m365sim";

    /** A token of a plain paged read, which neither expires nor filters. */
    static PageToken users(String kind, int offset, List<String> select) {
        return new PageToken(kind, offset, -1, -1, select, 0, 0, List.of());
    }

    PageToken at(int nextOffset) {
        return new PageToken(kind, nextOffset, sinceVersion, roundVersion, select, issuedAt, epoch, ids);
    }

    String encode() {
        String plain = String.join(
                "|",
                MAGIC,
                kind,
                Integer.toString(offset),
                Long.toString(sinceVersion),
                Long.toString(roundVersion),
                String.join(",", select),
                Long.toString(issuedAt),
                Long.toString(epoch),
                String.join(",", ids));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static PageToken decode(String token, String expectedKind) throws GraphError {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 9 || !MAGIC.equals(parts[0]) || !expectedKind.equals(parts[1])) {
                throw new IllegalArgumentException();
            }
            return new PageToken(
                    parts[1],
                    Integer.parseInt(parts[2]),
                    Long.parseLong(parts[3]),
                    Long.parseLong(parts[4]),
                    List.of(parts[5].split(",")),
                    Long.parseLong(parts[6]),
                    Long.parseLong(parts[7]),
                    parts[8].isEmpty() ? List.of() : List.of(parts[8].split(",")));
        } catch (IllegalArgumentException e) {
            throw new GraphError(
                    400, "Request_BadRequest", "The specified page token value has expired or is invalid.");
        }
    }
}
