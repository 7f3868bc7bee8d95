package dev.itam.m365.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductNamesCsvTest {

    private static final Path PUBLISHED = Path.of("../../shared/data/m365-product-names.csv");

    @Test
    void readsTitlesOncePerSkuFromBomCrlfAndQuotedText() {
        String csv =
                "\uFEFFProduct_Display_Name,String_Id,GUID,Service_Plan_Name,Service_Plan_Id,Service_Plans_Included_Friendly_Names\r\n"
                        + "\"Office 365 E3\",ENTERPRISEPACK,6FD2C87F-B296-42F0-B197-1E91E994B900,TEAMS1,57ff2da0-773e-42df-b2af-ffb7a2317929,Teams\r\n"
                        + "\"Office 365 E3\",ENTERPRISEPACK,6FD2C87F-B296-42F0-B197-1E91E994B900,EXCHANGE_S_ENTERPRISE,efb87545-963c-4e0d-99df-69c6916d9eb0,\"Exchange, Plan 2\"\r\n"
                        + "\"Visio Plan 2, with \"\"quotes\"\"\",VISIOCLIENT,c5928f49-12ba-48f7-ada3-0d743a3601d5,X,y,z\r\n";

        List<ProductName> names = ProductNamesCsv.read(new StringReader(csv));

        assertThat(names)
                .containsExactly(
                        new ProductName("6fd2c87f-b296-42f0-b197-1e91e994b900", "ENTERPRISEPACK", "Office 365 E3"),
                        new ProductName(
                                "c5928f49-12ba-48f7-ada3-0d743a3601d5",
                                "VISIOCLIENT",
                                "Visio Plan 2, with \"quotes\""));
    }

    @Test
    void refusesOtherFilesWithAReason() {
        assertThatThrownBy(() -> ProductNamesCsv.read(new StringReader("Name,Id\r\nA,B\r\n")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no column Product_Display_Name");
        assertThatThrownBy(() -> ProductNamesCsv.read(
                        new StringReader("Product_Display_Name,String_Id,GUID\r\nA,B,not-a-guid\r\n")))
                .hasMessageContaining("not a SKU id");
        assertThatThrownBy(() -> ProductNamesCsv.read(new StringReader("Product_Display_Name,String_Id,GUID\r\n")))
                .hasMessageContaining("no SKUs");
    }

    @Test
    void everyTitleAndPartNumberFitsItsColumn() {
        String header = "Product_Display_Name,String_Id,GUID\r\n";
        String sku = ",6FD2C87F-B296-42F0-B197-1E91E994B900\r\n";
        List<ProductName> longest =
                ProductNamesCsv.read(new StringReader(header + "t".repeat(300) + "," + "P".repeat(200) + sku));
        assertThat(longest.get(0).title()).hasSize(300);
        assertThat(longest.get(0).partNumber()).hasSize(200);

        assertThatThrownBy(() ->
                        ProductNamesCsv.read(new StringReader(header + "E3,E3" + sku + "t".repeat(301) + ",P" + sku)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(Violation.coded(
                                        "file",
                                        "productNames.cell.length",
                                        "Line 2 has 301 characters in Product_Display_Name; 1 to 300 are allowed.",
                                        2,
                                        301,
                                        "Product_Display_Name",
                                        300)));
        assertThatThrownBy(() -> ProductNamesCsv.read(new StringReader(header + "E3," + "P".repeat(201) + sku)))
                .hasMessage("file: Line 1 has 201 characters in String_Id; 1 to 200 are allowed.");
        assertThatThrownBy(() -> ProductNamesCsv.read(new StringReader(header + "E3,\"\"" + sku)))
                .hasMessage("file: Line 1 has 0 characters in String_Id; 1 to 200 are allowed.");
        assertThatThrownBy(() -> ProductNamesCsv.read(new StringReader(header + "\"E\u00003\",E3" + sku)))
                .hasMessage("file: Line 1 has a control character (U+0000) at position 2 in Product_Display_Name.");
    }

    @Test
    void readsMicrosoftsPublishedList() throws Exception {
        assumeTrue(Files.exists(PUBLISHED), "Microsoft's product names CSV is not beside the project");
        List<ProductName> names = ProductNamesCsv.read(Files.newBufferedReader(PUBLISHED, StandardCharsets.UTF_8));
        assertThat(names).hasSizeGreaterThan(500);
        assertThat(names).extracting(ProductName::skuId).doesNotHaveDuplicates();
        assertThat(names)
                .filteredOn(n -> n.skuId().equals("01d46c34-3525-47d5-bd1a-5f19979938a0"))
                .singleElement()
                .satisfies(n -> assertThat(n.partNumber()).hasSize(103));
        assertThat(names)
                .filteredOn(n -> n.partNumber().equals("ENTERPRISEPACK"))
                .singleElement()
                .satisfies(n -> assertThat(n.skuId()).isEqualTo("6fd2c87f-b296-42f0-b197-1e91e994b900"));
        BuiltInTitles.BY_SKU_ID
                .keySet()
                .forEach(id -> assertThat(names)
                        .as("built-in SKU " + id + " is in Microsoft's list")
                        .anyMatch(n -> n.skuId().equals(id)));
    }
}
