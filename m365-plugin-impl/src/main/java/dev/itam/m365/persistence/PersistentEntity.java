package dev.itam.m365.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * Surrogate id and optimistic-lock version of every plugin entity. Ids come from a table-backed
 * sequence because it behaves the same on H2, PostgreSQL and MariaDB (EclipseLink would silently
 * fall back to identity columns on MariaDB).
 */
@MappedSuperclass
@TableGenerator(
        name = "m365_ids",
        table = "M365_ID_SEQUENCE",
        pkColumnName = "SEQ_NAME",
        valueColumnName = "SEQ_COUNT",
        pkColumnValue = "M365_ENTITY",
        allocationSize = 50)
public abstract class PersistentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "m365_ids")
    private Long id;

    @Version
    private long version;

    public Long id() {
        return id;
    }
}
