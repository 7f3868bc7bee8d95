package dev.itam.m365.simulator.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkuCatalogueTest {

    /** Microsoft's published list, beside the project on its machines; absent in a plain clone. */
    private static final Path PUBLISHED = Path.of("../../shared/data/m365-product-names.csv");

    @Test
    void readsTheCsvFormatWithBomQuotesAndCrlf(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("products.csv");
        Files.writeString(
                csv,
                "\uFEFFProduct_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\r\n"
                        + "\"Office 365 E3, with extras\",ENTERPRISEPACK,6FD2C87F-B296-42F0-B197-1E91E994B900,EXCHANGE_S_ENTERPRISE,efb87545-963c-4e0d-99df-69c6916d9eb0,\"Exchange Online (Plan 2)\"\r\n"
                        + "\"Office 365 E3, with extras\",ENTERPRISEPACK,6FD2C87F-B296-42F0-B197-1E91E994B900,TEAMS1,57ff2da0-773e-42df-b2af-ffb7a2317929,Microsoft Teams\r\n"
                        + "Visio Plan 2,VISIOCLIENT,c5928f49-12ba-48f7-ada3-0d743a3601d5,VISIO_CLIENT_SUBSCRIPTION,663a804f-1c30-4ff0-9915-9db84f0d1cea,Visio Desktop App\r\n",
                StandardCharsets.UTF_8);

        SkuCatalogue catalogue = SkuCatalogue.fromCsv(csv);

        assertThat(catalogue.skus())
                .extracting(CatalogueSku::partNumber)
                .containsExactly("ENTERPRISEPACK", "VISIOCLIENT");
        CatalogueSku e3 = catalogue.skus().get(0);
        assertThat(e3.skuId()).isEqualTo("6fd2c87f-b296-42f0-b197-1e91e994b900");
        assertThat(e3.servicePlans())
                .extracting(CatalogueSku.ServicePlan::servicePlanName)
                .containsExactly("EXCHANGE_S_ENTERPRISE", "TEAMS1");
    }

    @Test
    void builtInSkusAreRealOnesFromMicrosoftsList() throws Exception {
        assumeTrue(Files.exists(PUBLISHED), "Microsoft's product names CSV is not beside the project");
        SkuCatalogue published = SkuCatalogue.fromCsv(PUBLISHED);
        Map<String, String> partNumbers =
                published.skus().stream().collect(Collectors.toMap(CatalogueSku::skuId, CatalogueSku::partNumber));

        assertThat(published.size()).isGreaterThan(500);
        assertThat(SkuCatalogue.builtIn().skus())
                .allSatisfy(sku -> assertThat(partNumbers.get(sku.skuId()))
                        .as(sku.partNumber())
                        .isEqualTo(sku.partNumber()));
    }

    @Test
    void builtInServicePlansAreTheSkusRealOnes() throws Exception {
        assumeTrue(Files.exists(PUBLISHED), "Microsoft's product names CSV is not beside the project");
        Map<String, CatalogueSku> published = SkuCatalogue.fromCsv(PUBLISHED).skus().stream()
                .collect(Collectors.toMap(CatalogueSku::skuId, sku -> sku));

        assertThat(SkuCatalogue.builtIn().skus()).hasSize(28).allSatisfy(sku -> {
            assertThat(sku.servicePlans()).as(sku.partNumber()).hasSizeBetween(1, 7);
            assertThat(published.get(sku.skuId()).servicePlans())
                    .as(sku.partNumber())
                    .containsAll(sku.servicePlans().stream()
                            .map(plan ->
                                    new CatalogueSku.ServicePlan(plan.servicePlanId(), plan.servicePlanName(), null))
                            .toList());
        });
    }

    @Test
    void plansFromTheCsvApplyLikeTheirSku() {
        CatalogueSku.ServicePlan fromCsv = new CatalogueSku.ServicePlan("id", "TEAMS1", null);
        CatalogueSku.ServicePlan builtIn =
                new CatalogueSku.ServicePlan("id", "EXCHANGE_S_FOUNDATION", AppliesTo.COMPANY);

        assertThat(fromCsv.appliesTo(AppliesTo.COMPANY)).isEqualTo(AppliesTo.COMPANY);
        assertThat(fromCsv.appliesTo(AppliesTo.USER)).isEqualTo(AppliesTo.USER);
        assertThat(builtIn.appliesTo(AppliesTo.USER)).isEqualTo(AppliesTo.COMPANY);
    }

    @Test
    void tenantsCanBeGeneratedFromThePublishedList() throws Exception {
        assumeTrue(Files.exists(PUBLISHED), "Microsoft's product names CSV is not beside the project");
        Tenant tenant = TenantGenerator.generate(new TenantSpec(4, 100, 60, SkuCatalogue.fromCsv(PUBLISHED)));
        int skus = tenant.read(t -> t.skus().size());
        long withPlans = tenant.read(
                t -> t.skus().stream().filter(s -> !s.servicePlans().isEmpty()).count());
        assertThat(skus).isEqualTo(60);
        assertThat(withPlans).isEqualTo(60L);
    }
}
