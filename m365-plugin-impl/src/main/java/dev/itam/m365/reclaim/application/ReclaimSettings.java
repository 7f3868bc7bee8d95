package dev.itam.m365.reclaim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * {@code m365.reclaim.new-account-days} (30 unless set): how old an account must be before never
 * having signed in makes it NEVER_SIGNED_IN, so that a new hire's licence is not listed on day one.
 */
@ApplicationScoped
public class ReclaimSettings {

    static final int DEFAULT_NEW_ACCOUNT_DAYS = 30;

    @Inject
    Config config;

    public int newAccountDays() {
        return Math.max(
                0,
                config.getOptionalValue("m365.reclaim.new-account-days", Integer.class)
                        .orElse(DEFAULT_NEW_ACCOUNT_DAYS));
    }
}
