package dev.itam.m365.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.pricing.PricePeriod;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriceCsvTest {

    private static final String E3 = "05e9a617-0261-4cee-bb44-138d3ef5d965";
    private static final String VISIO = "c5928f49-12ba-48f7-ada3-0d743a3601d5";
    private static final Map<String, String> KNOWN = Map.of("SPE_E3", E3, E3, E3, "VISIOCLIENT", VISIO, VISIO, VISIO);

    private static List<PriceCsv.Line> read(String csv) {
        return PriceCsv.read(new StringReader(csv), cell -> Optional.ofNullable(KNOWN.get(cell)));
    }

    /** The violations as the English sentences compare them, without their codes. */
    private static List<Violation> refused(String csv) {
        return coded(csv).stream()
                .map(v -> new Violation(v.field(), v.message()))
                .toList();
    }

    private static List<Violation> coded(String csv) {
        try {
            read(csv);
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("the list was read");
    }

    @Test
    void everyRuleOfAListNamesItsCodeAndTheValuesItsSentenceNames() {
        assertThat(coded("SPE_E3,20.60,EUR,MONTH\nSPE_E3,1,EUR,MONTH\nNOPE,1,EUR,MONTH\n,20\n\"a,1,EUR,MONTH\n"
                        + "VISIOCLIENT,2O,EUR,WEEK\n"))
                .extracting(Violation::code, Violation::arguments)
                .containsExactly(
                        tuple("price.sku.twice", List.of("SPE_E3", "1")),
                        tuple("price.sku.unknown", List.of("NOPE")),
                        tuple("price.line.cells", List.of("2", "4")),
                        tuple("price.line.notCsv", List.of()),
                        tuple("price.amount.notNumber", List.of("2O")),
                        tuple("price.period.unknown", List.of("WEEK")));
        assertThat(coded("")).extracting(Violation::code).containsExactly("price.list.empty");
    }

    @Test
    void readsRowsByPartNumberOrIdWithOrWithoutHeaderSkippingEmptyLines() {
        assertThat(read("\uFEFFsku,Amount,currency,period\r\nSPE_E3,36,eur,month\r\n\r\n"
                        + "\"c5928f49-12ba-48f7-ada3-0d743a3601d5\", 180.5 ,USD,YEAR\r\n"))
                .containsExactly(
                        new PriceCsv.Line(2, E3, new CheckedPrice(new BigDecimal("36.00"), "EUR", PricePeriod.MONTH)),
                        new PriceCsv.Line(
                                4, VISIO, new CheckedPrice(new BigDecimal("180.50"), "USD", PricePeriod.YEAR)));
        assertThat(read("SPE_E3,20.60,EUR,MONTH"))
                .containsExactly(
                        new PriceCsv.Line(1, E3, new CheckedPrice(new BigDecimal("20.60"), "EUR", PricePeriod.MONTH)));
    }

    @Test
    void everyBrokenLineIsReportedByNumberAndField() {
        assertThat(refused("skuPartNumber,amount,currency,period\n"
                        + "SPE_E3,-1,EUR,MONTH\n"
                        + "VISIOCLIENT,abc,EUR,WEEK\n"
                        + "NO_SUCH_SKU,10,EUX,MONTH\n"
                        + "SPE_E3;20,60;EUR;MONTH\n"
                        + ",,,\n"
                        + "\"SPE_E3,10,EUR,MONTH\n"))
                .containsExactly(
                        new Violation("line 2: amount", "The amount -1 is negative; a price is 0 or more."),
                        new Violation(
                                "line 3: amount",
                                "'abc' is not a number; give the amount like 20.60, with a dot before the decimals."),
                        new Violation("line 3: period", "'WEEK' is not a period; give MONTH or YEAR."),
                        new Violation(
                                "line 4: sku",
                                "No licence has the SKU NO_SUCH_SKU; give the part number (such as ENTERPRISEPACK) or"
                                        + " the id of a SKU a portal imported."),
                        new Violation(
                                "line 4: currency",
                                "'EUX' is not an ISO 4217 currency code; give three letters such as EUR, USD or GBP."),
                        new Violation(
                                "line 5",
                                "The line has 2 cells; give 4 separated by commas: skuPartNumber or skuId, amount,"
                                        + " currency, period."),
                        new Violation("line 6: sku", "Give the SKU's part number (such as ENTERPRISEPACK) or its id."),
                        new Violation("line 6: amount", "Give the amount, a number of 0 or more such as 20.60."),
                        new Violation("line 6: currency", "Give the currency as an ISO 4217 code such as EUR."),
                        new Violation("line 6: period", "Give the period, MONTH or YEAR."),
                        new Violation(
                                "line 7",
                                "The line is no CSV row: a quoted cell must end with a quote before the next comma,"
                                        + " and cells cannot hold line breaks."));
    }

    @Test
    void aSkuPricedTwiceIsRefusedOnItsSecondLineWhicheverWayItIsNamed() {
        assertThat(refused("SPE_E3,20,EUR,MONTH\nVISIOCLIENT,10,EUR,MONTH\n" + E3 + ",21,EUR,MONTH\n"))
                .containsExactly(new Violation(
                        "line 3: sku", "The SKU " + E3 + " is priced on line 1 already; give each SKU once."));
    }

    @Test
    void tooManyCellsDecimalsOrAnEmptyListAreRefused() {
        assertThat(refused("SPE_E3,20,EUR,MONTH,extra\n"))
                .containsExactly(new Violation(
                        "line 1",
                        "The line has 5 cells; give 4 separated by commas: skuPartNumber or skuId, amount, currency,"
                                + " period."));
        assertThat(refused("SPE_E3,20.001,EUR,MONTH\n"))
                .containsExactly(
                        new Violation("line 1: amount", "The amount 20.001 has more decimals than EUR, which has 2."));
        assertThat(refused("skuPartNumber,amount,currency,period\n\n"))
                .containsExactly(new Violation(
                        "file",
                        "The list has no prices. Give one line per SKU: skuPartNumber or skuId, amount, currency,"
                                + " period, e.g. ENTERPRISEPACK,20.60,EUR,MONTH."));
        assertThat(refused("")).extracting(Violation::field).containsExactly("file");
    }

    @Test
    void onlyTheFirstLineCanBeAHeader() {
        assertThat(refused("SPE_E3,20,EUR,MONTH\nsku,amount,currency,period\n"))
                .extracting(Violation::field)
                .containsExactly("line 2: sku", "line 2: amount", "line 2: currency", "line 2: period");
    }

    @Test
    void aLongCellIsEchoedCutShort() {
        String sku = "X".repeat(100);
        assertThat(refused(sku + ",1,EUR,MONTH\n"))
                .containsExactly(new Violation(
                        "line 1: sku",
                        "No licence has the SKU " + "X".repeat(40) + "…; give the part number (such as"
                                + " ENTERPRISEPACK) or the id of a SKU a portal imported."));
    }
}
