package dev.itam.m365.importing.application;

import dev.itam.m365.api.portal.SignInActivity;
import dev.itam.m365.graph.client.SubscribedSku;
import dev.itam.m365.graph.client.SubscriptionsRead;
import java.util.List;

/**
 * What a full import read of the tenant besides the staged users, merged in one transaction.
 *
 * @param deltaLink where the users' change tracking starts, taken before they were read; null when
 *                  Graph gave none
 */
record TenantRead(
        List<SubscribedSku> skus, SubscriptionsRead subscriptions, SignInActivity signIns, String deltaLink) {}
