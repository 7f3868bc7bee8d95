package dev.itam.m365.simulator.tenant;

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
 * The SKUs tenants are generated from. Built in: a short list of common real SKUs. Given Microsoft's
 * "Product names and service plan identifiers for licensing" CSV, the full published catalogue.
 */
public final class SkuCatalogue {

    private static final String[][] BUILT_IN = {
        {"SPE_E3", "05e9a617-0261-4cee-bb44-138d3ef5d965"},
        {"ENTERPRISEPACK", "6fd2c87f-b296-42f0-b197-1e91e994b900"},
        {"SPE_E5", "06ebc4ee-1bb5-47dd-8120-11324bc54e06"},
        {"ENTERPRISEPREMIUM", "c7df2760-2c81-4ef7-b578-5b5392b571df"},
        {"SPB", "cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46"},
        {"O365_BUSINESS_ESSENTIALS", "3b555118-da6a-4418-894f-7df1e2096870"},
        {"O365_BUSINESS_PREMIUM", "f245ecc8-75af-4f8e-b61f-27d8114de5f3"},
        {"OFFICESUBSCRIPTION", "c2273bd0-dff7-4215-9ef5-2c7bcfb06425"},
        {"STANDARDPACK", "18181a46-0d4e-45cd-891e-60aabd171b4e"},
        {"DESKLESSPACK", "4b585984-651b-448a-9e53-3b10f069cf7f"},
        {"SPE_F1", "66b55226-6b4f-492c-910c-a3b7a3c9d993"},
        {"EMS", "efccb6f7-5641-4e0e-bd10-b4976e1bf68e"},
        {"EMSPREMIUM", "b05e124f-c7cc-45a0-a6aa-8cf78c946968"},
        {"AAD_PREMIUM", "078d2b04-f1bd-4111-bbd4-b4b1b354cef4"},
        {"AAD_PREMIUM_P2", "84a661c4-e949-4bd2-a560-ed7766fcaf2b"},
        {"POWER_BI_PRO", "f8a1db68-be16-40ed-86d5-cb42ce701560"},
        {"POWER_BI_STANDARD", "a403ebcc-fae0-4ca2-8c8c-7a907fd6c235"},
        {"VISIOCLIENT", "c5928f49-12ba-48f7-ada3-0d743a3601d5"},
        {"PROJECTPROFESSIONAL", "53818b1b-4a27-454b-8896-0dba576410e6"},
        {"FLOW_FREE", "f30db892-07e9-47e9-837c-80727f46fd3d"},
        {"EXCHANGESTANDARD", "4b9405b0-7788-4568-add1-99614e613b69"},
        {"EXCHANGEENTERPRISE", "19ec0d23-8335-4cbd-94ac-6050e30712fa"},
        {"MCOEV", "e43b5b99-8dfb-405f-9987-dc307f34bcbd"},
        {"MCOMEETADV", "0c266dff-15dd-4b49-8397-2bb16070ed52"},
        {"TEAMS_EXPLORATORY", "710779e8-3d4a-4c88-adb9-386c958d1fdf"},
        {"ATP_ENTERPRISE", "4ef96642-f096-40de-a3e9-d83fb2f90211"},
        {"WIN10_VDA_E3", "6a0f6da5-0b87-4190-a6ae-9bb5a2b9546a"},
        {"INTUNE_A", "061f9ace-7d42-4136-88ac-31dc755f143f"},
    };

    private final List<CatalogueSku> skus;

    private SkuCatalogue(List<CatalogueSku> skus) {
        this.skus = List.copyOf(skus);
    }

    public static SkuCatalogue builtIn() {
        List<CatalogueSku> skus = new ArrayList<>();
        for (String[] sku : BUILT_IN) {
            skus.add(new CatalogueSku(sku[1], sku[0], List.of()));
        }
        return new SkuCatalogue(skus);
    }

    /**
     * Reads Microsoft's CSV (UTF-8 with byte order mark, CRLF, one row per SKU and service plan;
     * columns Product_Display_Name, String_Id, GUID, Service_Plan_Name, Service_Plan_Id, …).
     */
    public static SkuCatalogue fromCsv(Path csv) throws IOException {
        Map<String, String> partNumbers = new LinkedHashMap<>();
        Map<String, List<CatalogueSku.ServicePlan>> plans = new LinkedHashMap<>();
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
                List<CatalogueSku.ServicePlan> skuPlans = plans.computeIfAbsent(skuId, id -> new ArrayList<>());
                if (withPlans) {
                    skuPlans.add(new CatalogueSku.ServicePlan(
                            clean(row.get("Service_Plan_Id")).toLowerCase(Locale.ROOT),
                            clean(row.get("Service_Plan_Name"))));
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
