package dev.itam.m365.simulator.tenant;

import dev.itam.m365.simulator.tenant.CatalogueSku.ServicePlan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The SKUs tenants are generated from. Built in: a short list of common real SKUs with a few of
 * their service plans, written here so that the simulator needs no file at run time. Given Microsoft's
 * "Product names and service plan identifiers for licensing" CSV, the full published catalogue.
 *
 * <p>The plans chosen keep the containments of Microsoft's list where a tenant can show them:
 * Office 365 E3 ({@code ENTERPRISEPACK}) is part of Microsoft 365 E3 ({@code SPE_E3}), Office 365 E5
 * ({@code ENTERPRISEPREMIUM}) part of Microsoft 365 E5 ({@code SPE_E5}), as are the single-plan
 * add-ons {@code EXCHANGEENTERPRISE}, {@code MCOEV}, {@code MCOMEETADV} and {@code ATP_ENTERPRISE}.
 */
public final class SkuCatalogue {

    // Service plans of the built-in SKUs (a few real ones each, ids from Microsoft's published list).
    // EXCHANGE_S_FOUNDATION is the tenant-wide Exchange foundation that Graph reports as "Company".
    private static final ServicePlan AAD_PREMIUM = user("AAD_PREMIUM", "41781fb2-bc02-4b7c-bd55-b576c07bb09d");
    private static final ServicePlan AAD_PREMIUM_P2 = user("AAD_PREMIUM_P2", "eec0eb4f-6444-4f95-aba0-50c24d67f998");
    private static final ServicePlan ADALLOM_S_DISCOVERY =
            user("ADALLOM_S_DISCOVERY", "932ad362-64a8-4783-9106-97849a1a30b9");
    private static final ServicePlan ATP_ENTERPRISE = user("ATP_ENTERPRISE", "f20fedf3-f3c3-43c3-8267-2bfdd51c0939");
    private static final ServicePlan BI_AZURE_P0 = user("BI_AZURE_P0", "2049e525-b859-401b-b2a0-e0a31c4b1fe4");
    private static final ServicePlan BI_AZURE_P2 = user("BI_AZURE_P2", "70d33638-9c74-4d01-bfd3-562de28bd4ba");
    private static final ServicePlan BPOS_S_TODO_1 = user("BPOS_S_TODO_1", "5e62787c-c316-451f-b873-1d05acd4d12c");
    private static final ServicePlan DYN365_CDS_VIRAL =
            user("DYN365_CDS_VIRAL", "17ab22cd-a0b3-4536-910a-cb6eb12696c0");
    private static final ServicePlan EXCHANGE_S_DESKLESS =
            user("EXCHANGE_S_DESKLESS", "4a82b400-a79f-41a4-b4e2-e94f5787b113");
    private static final ServicePlan EXCHANGE_S_ENTERPRISE =
            user("EXCHANGE_S_ENTERPRISE", "efb87545-963c-4e0d-99df-69c6916d9eb0");
    private static final ServicePlan EXCHANGE_S_FOUNDATION =
            company("EXCHANGE_S_FOUNDATION", "113feb6c-3fe4-4440-bddc-54d774bf0318");
    private static final ServicePlan EXCHANGE_S_STANDARD =
            user("EXCHANGE_S_STANDARD", "9aaf7827-d63c-4b61-89c3-182f06f82e5c");
    private static final ServicePlan FLOW_P2_VIRAL = user("FLOW_P2_VIRAL", "50e68c76-46c6-4674-81f9-75456511b170");
    private static final ServicePlan INTUNE_A = user("INTUNE_A", "c1ec4a95-1f05-45b3-a911-aa3fa01094f5");
    private static final ServicePlan INTUNE_O365 = user("INTUNE_O365", "882e1d05-acd1-4ccb-8708-6ee03664b117");
    private static final ServicePlan MCOEV = user("MCOEV", "4828c8ec-dc2e-4779-b502-87ac9ce28ab7");
    private static final ServicePlan MCOIMP = user("MCOIMP", "afc06cb0-b4f4-4473-8286-d644f70d8faf");
    private static final ServicePlan MCOMEETADV = user("MCOMEETADV", "3e26ee1f-8a5f-4d52-aee2-b81ce45c8f40");
    private static final ServicePlan MCOSTANDARD = user("MCOSTANDARD", "0feaeb32-d00e-4d66-bd5a-43b5b83db82c");
    private static final ServicePlan MCO_TEAMS_IW = user("MCO_TEAMS_IW", "42a3ec34-28ba-46b6-992f-db53a675ac5b");
    private static final ServicePlan MFA_PREMIUM = user("MFA_PREMIUM", "8a256a2b-b617-496d-b51b-e76466e88db0");
    private static final ServicePlan OFFICESUBSCRIPTION =
            user("OFFICESUBSCRIPTION", "43de0ff5-c92c-492b-9116-175376d08c38");
    private static final ServicePlan OFFICE_BUSINESS = user("OFFICE_BUSINESS", "094e7854-93fc-4d55-b2c0-3ab5369ebdc1");
    private static final ServicePlan ONEDRIVESTANDARD =
            user("ONEDRIVESTANDARD", "13696edf-5a08-49f6-8134-03083ed8ba30");
    private static final ServicePlan ONEDRIVE_BASIC = user("ONEDRIVE_BASIC", "da792a53-cbc0-4184-a10d-e544dd34b3c1");
    private static final ServicePlan PROJECT_CLIENT_SUBSCRIPTION =
            user("PROJECT_CLIENT_SUBSCRIPTION", "fafd7243-e5c1-4a3a-9e40-495efcb1d3c3");
    private static final ServicePlan PROJECT_PROFESSIONAL =
            user("PROJECT_PROFESSIONAL", "818523f5-016b-4355-9be8-ed6944946ea7");
    private static final ServicePlan RMS_S_PREMIUM = user("RMS_S_PREMIUM", "6c57d4b6-3b23-47a5-9bc9-69f17b4947b3");
    private static final ServicePlan RMS_S_PREMIUM2 = user("RMS_S_PREMIUM2", "5689bec4-755d-4753-8b61-40975025187c");
    private static final ServicePlan SHAREPOINTDESKLESS =
            user("SHAREPOINTDESKLESS", "902b47e5-dcb2-4fdc-858b-c63a90a2bdb9");
    private static final ServicePlan SHAREPOINTENTERPRISE =
            user("SHAREPOINTENTERPRISE", "5dbe027f-2339-4123-9542-606e4d348a72");
    private static final ServicePlan SHAREPOINTSTANDARD =
            user("SHAREPOINTSTANDARD", "c7699d2e-19aa-44de-8edf-1736da088ca1");
    private static final ServicePlan SHAREPOINTWAC = user("SHAREPOINTWAC", "e95bec33-7c88-4a70-8e19-b10bd9d0c014");
    private static final ServicePlan SHAREPOINT_PROJECT =
            user("SHAREPOINT_PROJECT", "fe71d6c3-a2ea-4499-9778-da042bf08063");
    private static final ServicePlan TEAMS1 = user("TEAMS1", "57ff2da0-773e-42df-b2af-ffb7a2317929");
    private static final ServicePlan UNIVERSAL_PRINT_01 =
            user("UNIVERSAL_PRINT_01", "795f6fe0-cc4d-4773-b050-5dde4dc704c9");
    private static final ServicePlan VISIOONLINE = user("VISIOONLINE", "2bdbaf8f-738f-4ac7-9234-3c3ee2ce7d0f");
    private static final ServicePlan VISIO_CLIENT_SUBSCRIPTION =
            user("VISIO_CLIENT_SUBSCRIPTION", "663a804f-1c30-4ff0-9915-9db84f0d1cea");
    private static final ServicePlan WINDOWSUPDATEFORBUSINESS_DEPLOYMENTSERVICE =
            user("WINDOWSUPDATEFORBUSINESS_DEPLOYMENTSERVICE", "7bf960f6-2cd9-443a-8046-5dbff9558365");

    private static final List<CatalogueSku> BUILT_IN = List.of(
            sku(
                    "SPE_E3",
                    "05e9a617-0261-4cee-bb44-138d3ef5d965",
                    EXCHANGE_S_ENTERPRISE,
                    TEAMS1,
                    SHAREPOINTENTERPRISE,
                    OFFICESUBSCRIPTION,
                    MCOSTANDARD,
                    AAD_PREMIUM,
                    INTUNE_A),
            sku(
                    "ENTERPRISEPACK",
                    "6fd2c87f-b296-42f0-b197-1e91e994b900",
                    EXCHANGE_S_ENTERPRISE,
                    TEAMS1,
                    SHAREPOINTENTERPRISE,
                    OFFICESUBSCRIPTION,
                    MCOSTANDARD),
            sku(
                    "SPE_E5",
                    "06ebc4ee-1bb5-47dd-8120-11324bc54e06",
                    EXCHANGE_S_ENTERPRISE,
                    TEAMS1,
                    SHAREPOINTENTERPRISE,
                    OFFICESUBSCRIPTION,
                    MCOEV,
                    MCOMEETADV,
                    ATP_ENTERPRISE),
            sku(
                    "ENTERPRISEPREMIUM",
                    "c7df2760-2c81-4ef7-b578-5b5392b571df",
                    EXCHANGE_S_ENTERPRISE,
                    TEAMS1,
                    SHAREPOINTENTERPRISE,
                    OFFICESUBSCRIPTION,
                    MCOMEETADV),
            sku(
                    "SPB",
                    "cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46",
                    EXCHANGE_S_STANDARD,
                    TEAMS1,
                    SHAREPOINTSTANDARD,
                    OFFICE_BUSINESS,
                    INTUNE_A),
            sku(
                    "O365_BUSINESS_ESSENTIALS",
                    "3b555118-da6a-4418-894f-7df1e2096870",
                    EXCHANGE_S_STANDARD,
                    TEAMS1,
                    SHAREPOINTSTANDARD,
                    MCOSTANDARD),
            sku(
                    "O365_BUSINESS_PREMIUM",
                    "f245ecc8-75af-4f8e-b61f-27d8114de5f3",
                    EXCHANGE_S_STANDARD,
                    TEAMS1,
                    SHAREPOINTSTANDARD,
                    OFFICE_BUSINESS,
                    MCOSTANDARD),
            sku(
                    "OFFICESUBSCRIPTION",
                    "c2273bd0-dff7-4215-9ef5-2c7bcfb06425",
                    OFFICESUBSCRIPTION,
                    ONEDRIVESTANDARD,
                    SHAREPOINTWAC,
                    EXCHANGE_S_FOUNDATION),
            sku(
                    "STANDARDPACK",
                    "18181a46-0d4e-45cd-891e-60aabd171b4e",
                    EXCHANGE_S_STANDARD,
                    TEAMS1,
                    SHAREPOINTSTANDARD,
                    MCOSTANDARD),
            sku(
                    "DESKLESSPACK",
                    "4b585984-651b-448a-9e53-3b10f069cf7f",
                    EXCHANGE_S_DESKLESS,
                    TEAMS1,
                    SHAREPOINTDESKLESS,
                    MCOIMP),
            sku(
                    "SPE_F1",
                    "66b55226-6b4f-492c-910c-a3b7a3c9d993",
                    EXCHANGE_S_DESKLESS,
                    TEAMS1,
                    SHAREPOINTDESKLESS,
                    INTUNE_A,
                    AAD_PREMIUM),
            sku(
                    "EMS",
                    "efccb6f7-5641-4e0e-bd10-b4976e1bf68e",
                    AAD_PREMIUM,
                    INTUNE_A,
                    RMS_S_PREMIUM,
                    MFA_PREMIUM,
                    EXCHANGE_S_FOUNDATION),
            sku(
                    "EMSPREMIUM",
                    "b05e124f-c7cc-45a0-a6aa-8cf78c946968",
                    AAD_PREMIUM,
                    AAD_PREMIUM_P2,
                    INTUNE_A,
                    RMS_S_PREMIUM2,
                    EXCHANGE_S_FOUNDATION),
            sku(
                    "AAD_PREMIUM",
                    "078d2b04-f1bd-4111-bbd4-b4b1b354cef4",
                    AAD_PREMIUM,
                    MFA_PREMIUM,
                    ADALLOM_S_DISCOVERY,
                    EXCHANGE_S_FOUNDATION),
            sku(
                    "AAD_PREMIUM_P2",
                    "84a661c4-e949-4bd2-a560-ed7766fcaf2b",
                    AAD_PREMIUM,
                    AAD_PREMIUM_P2,
                    MFA_PREMIUM,
                    EXCHANGE_S_FOUNDATION),
            sku("POWER_BI_PRO", "f8a1db68-be16-40ed-86d5-cb42ce701560", BI_AZURE_P2, EXCHANGE_S_FOUNDATION),
            sku("POWER_BI_STANDARD", "a403ebcc-fae0-4ca2-8c8c-7a907fd6c235", BI_AZURE_P0, EXCHANGE_S_FOUNDATION),
            sku(
                    "VISIOCLIENT",
                    "c5928f49-12ba-48f7-ada3-0d743a3601d5",
                    VISIO_CLIENT_SUBSCRIPTION,
                    VISIOONLINE,
                    ONEDRIVE_BASIC,
                    EXCHANGE_S_FOUNDATION),
            sku(
                    "PROJECTPROFESSIONAL",
                    "53818b1b-4a27-454b-8896-0dba576410e6",
                    PROJECT_CLIENT_SUBSCRIPTION,
                    SHAREPOINT_PROJECT,
                    PROJECT_PROFESSIONAL,
                    EXCHANGE_S_FOUNDATION),
            sku(
                    "FLOW_FREE",
                    "f30db892-07e9-47e9-837c-80727f46fd3d",
                    FLOW_P2_VIRAL,
                    DYN365_CDS_VIRAL,
                    EXCHANGE_S_FOUNDATION),
            sku(
                    "EXCHANGESTANDARD",
                    "4b9405b0-7788-4568-add1-99614e613b69",
                    EXCHANGE_S_STANDARD,
                    INTUNE_O365,
                    BPOS_S_TODO_1),
            sku("EXCHANGEENTERPRISE", "19ec0d23-8335-4cbd-94ac-6050e30712fa", EXCHANGE_S_ENTERPRISE),
            sku("MCOEV", "e43b5b99-8dfb-405f-9987-dc307f34bcbd", MCOEV),
            sku("MCOMEETADV", "0c266dff-15dd-4b49-8397-2bb16070ed52", MCOMEETADV),
            sku(
                    "TEAMS_EXPLORATORY",
                    "710779e8-3d4a-4c88-adb9-386c958d1fdf",
                    TEAMS1,
                    EXCHANGE_S_STANDARD,
                    MCO_TEAMS_IW,
                    SHAREPOINTSTANDARD),
            sku("ATP_ENTERPRISE", "4ef96642-f096-40de-a3e9-d83fb2f90211", ATP_ENTERPRISE),
            sku(
                    "WIN10_VDA_E3",
                    "6a0f6da5-0b87-4190-a6ae-9bb5a2b9546a",
                    WINDOWSUPDATEFORBUSINESS_DEPLOYMENTSERVICE,
                    UNIVERSAL_PRINT_01,
                    EXCHANGE_S_FOUNDATION),
            sku("INTUNE_A", "061f9ace-7d42-4136-88ac-31dc755f143f", INTUNE_A));

    private final List<CatalogueSku> skus;

    private SkuCatalogue(List<CatalogueSku> skus) {
        this.skus = List.copyOf(skus);
    }

    public static SkuCatalogue builtIn() {
        return new SkuCatalogue(BUILT_IN);
    }

    private static CatalogueSku sku(String partNumber, String skuId, ServicePlan... plans) {
        return new CatalogueSku(skuId, partNumber, List.of(plans));
    }

    private static ServicePlan user(String name, String id) {
        return new ServicePlan(id, name, AppliesTo.USER);
    }

    private static ServicePlan company(String name, String id) {
        return new ServicePlan(id, name, AppliesTo.COMPANY);
    }

    /**
     * Reads Microsoft's CSV (UTF-8 with byte order mark, CRLF, one row per SKU and service plan;
     * columns Product_Display_Name, String_Id, GUID, Service_Plan_Name, Service_Plan_Id, …).
     */
    public static SkuCatalogue fromCsv(Path csv) throws IOException {
        Map<String, String> partNumbers = new LinkedHashMap<>();
        Map<String, List<ServicePlan>> plans = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (Reader reader = withoutByteOrderMark(Files.newBufferedReader(csv, StandardCharsets.UTF_8));
                CSVParser rows = format.parse(reader)) {
            for (String column : List.of("String_Id", "GUID")) {
                if (!rows.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(
                            csv + " has no column " + column + "; expected Microsoft's product names CSV");
                }
            }
            boolean withPlans = rows.getHeaderMap().containsKey("Service_Plan_Id")
                    && rows.getHeaderMap().containsKey("Service_Plan_Name");
            for (CSVRecord row : rows) {
                String skuId = clean(row.get("GUID")).toLowerCase(Locale.ROOT);
                partNumbers.putIfAbsent(skuId, clean(row.get("String_Id")));
                List<ServicePlan> skuPlans = plans.computeIfAbsent(skuId, id -> new ArrayList<>());
                if (withPlans) {
                    skuPlans.add(new ServicePlan(
                            clean(row.get("Service_Plan_Id")).toLowerCase(Locale.ROOT),
                            clean(row.get("Service_Plan_Name")),
                            null));
                }
            }
        }
        List<CatalogueSku> skus = new ArrayList<>();
        partNumbers.forEach((id, part) -> skus.add(new CatalogueSku(id, part, List.copyOf(plans.get(id)))));
        return new SkuCatalogue(skus);
    }

    /** Microsoft's file has cells ending in no-break spaces, which {@link String#strip()} keeps. */
    private static String clean(String cell) {
        return cell.replace('\u00A0', ' ').strip();
    }

    private static Reader withoutByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    public List<CatalogueSku> skus() {
        return skus;
    }

    public int size() {
        return skus.size();
    }
}
