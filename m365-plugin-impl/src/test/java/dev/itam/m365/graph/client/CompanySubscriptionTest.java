package dev.itam.m365.graph.client;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Graph's documented {@code companySubscription} payload, read the way the REST client reads it. */
class CompanySubscriptionTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final String PAGE = """
            {
              "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#directory/subscriptions",
              "@odata.nextLink": "https://graph.microsoft.com/v1.0/directory/subscriptions?$top=1&$skiptoken=X",
              "value": [
                {
                  "commerceSubscriptionId": "a7b8b9e3-2f0c-4a46-9d7e-5c0a0e3b1f22",
                  "createdDateTime": "2025-12-15T00:00:00Z",
                  "id": "6f1f36b4-2f3f-4a15-9e3c-8bd1b6e2a7c1",
                  "isTrial": true,
                  "nextLifecycleDateTime": "2026-01-14T00:00:00Z",
                  "ownerId": "00000000-0000-0000-0000-000000000000",
                  "ownerTenantId": "5b2a6b3e-8c2f-4f40-b7f6-1b4e4c2b9d10",
                  "ownerType": "User",
                  "serviceStatus": [
                    {"appliesTo": "User", "provisioningStatus": "Success",
                     "servicePlanId": "9aaf7827-d63c-4b61-89c3-182f06f82e5c", "servicePlanName": "EXCHANGE_S_STANDARD"}
                  ],
                  "skuId": "6fd2c87f-b296-42f0-b197-1e91e994b900",
                  "skuPartNumber": "ENTERPRISEPACK",
                  "status": "Enabled",
                  "totalLicenses": 25
                },
                {
                  "id": "0d6f6e57-6c69-4d05-9c70-1b3c7d5d1a43",
                  "isTrial": false,
                  "nextLifecycleDateTime": null,
                  "createdDateTime": "not a date",
                  "skuId": "f30db892-07e9-47e9-837c-80727f46fd3d",
                  "status": "SomethingNew"
                }
              ]
            }
            """;

    @Test
    void everyDocumentedFieldTheImportUsesIsReadAndUnknownOnesAreIgnored() {
        SubscriptionPage page = JSONB.fromJson(PAGE, SubscriptionPage.class);

        assertThat(page.nextLink()).endsWith("$skiptoken=X");
        CompanySubscription trial = page.value().get(0);
        assertThat(trial.id()).isEqualTo("6f1f36b4-2f3f-4a15-9e3c-8bd1b6e2a7c1");
        assertThat(trial.commerceSubscriptionId()).isEqualTo("a7b8b9e3-2f0c-4a46-9d7e-5c0a0e3b1f22");
        assertThat(trial.skuId()).isEqualTo("6fd2c87f-b296-42f0-b197-1e91e994b900");
        assertThat(trial.skuPartNumber()).isEqualTo("ENTERPRISEPACK");
        assertThat(trial.status()).isEqualTo("Enabled");
        assertThat(trial.seats()).isEqualTo(25);
        assertThat(trial.onTrial()).isTrue();
        assertThat(trial.createdAt()).isEqualTo(Instant.parse("2025-12-15T00:00:00Z"));
        assertThat(trial.nextLifecycleAt()).isEqualTo(Instant.parse("2026-01-14T00:00:00Z"));
    }

    @Test
    void aFreeSkuWithoutDatesAnUnreadableDateAndAnUnknownStatusAreKeptNotFatal() {
        CompanySubscription free =
                JSONB.fromJson(PAGE, SubscriptionPage.class).value().get(1);

        assertThat(free.nextLifecycleAt()).isNull();
        assertThat(free.createdAt()).isNull();
        assertThat(free.status()).isEqualTo("SomethingNew");
        assertThat(free.seats()).isZero();
        assertThat(free.onTrial()).isFalse();
    }
}
