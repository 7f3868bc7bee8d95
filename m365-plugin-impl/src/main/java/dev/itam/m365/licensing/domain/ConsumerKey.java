package dev.itam.m365.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The natural key of a consumer assignment: which contact consumes which licence. */
@Embeddable
public class ConsumerKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "CONTACT_ID")
    private Long contactId;

    @Column(name = "LICENCE_ID")
    private Long licenceId;

    protected ConsumerKey() {}

    public Long contactId() {
        return contactId;
    }

    public Long licenceId() {
        return licenceId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsumerKey key
                && Objects.equals(contactId, key.contactId)
                && Objects.equals(licenceId, key.licenceId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, licenceId);
    }
}
