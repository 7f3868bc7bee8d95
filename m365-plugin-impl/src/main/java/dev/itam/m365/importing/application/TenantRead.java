package dev.itam.m365.importing.application;

import dev.itam.m365.api.importing.ImportMode;
import dev.itam.m365.api.portal.SignInActivity;
import dev.itam.m365.graph.client.SubscribedSku;
import dev.itam.m365.graph.client.SubscriptionsRead;
import java.util.List;

/**
 * What an import read of the tenant besides the staged users, merged in one transaction.
 *
 * @param mode      how the users were read: all of them, or a delta round of the changed ones
 * @param signIns   whether the users' sign-ins were read; an incremental read keeps what the last
 *                  full import found, as delta does not give them
 * @param deltaLink where the users' change tracking goes on; null when Graph gave none
 * @param runNotice what the run's record says about how it read the users, or null
 */
record TenantRead(
        List<SubscribedSku> skus,
        SubscriptionsRead subscriptions,
        ImportMode mode,
        SignInActivity signIns,
        String deltaLink,
        String runNotice) {}
