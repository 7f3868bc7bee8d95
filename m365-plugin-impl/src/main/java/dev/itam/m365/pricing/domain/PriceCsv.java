package dev.itam.m365.pricing.domain;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.pricing.PricePeriod;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a price list: UTF-8 (a byte order mark is skipped), one price a line as
 * {@code skuPartNumber or skuId, amount, currency, period}, cells separated by commas and quoted as
 * RFC 4180 allows, amounts with a dot before the decimals. Empty lines are skipped; the first line
 * is a header when its second cell is {@code amount}. Every broken line is reported with its number
 * (as an editor counts lines) and its field, all at once.
 */
public final class PriceCsv {

    /** One price of the list, for every licence of its SKU. */
    public record Line(int number, String skuId, CheckedPrice price) {}

    private static final CSVFormat LINE = CSVFormat.DEFAULT;
    private static final int CELLS = 4;

    private PriceCsv() {}

    /**
     * @param skuIdOf the id of the SKU a cell names, by part number (any case) or id, when a portal
     *                imported it
     * @throws InvalidInputException listing every broken line
     */
    public static List<Line> read(Reader text, Function<String, Optional<String>> skuIdOf) {
        List<Violation> violations = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> pricedOn = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(text)) {
            int number = 0;
            boolean first = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                Optional<List<String>> cells = cells(number, line, violations);
                if (first && cells.isPresent() && isHeader(cells.get())) {
                    first = false;
                    continue;
                }
                first = false;
                if (cells.isPresent()) {
                    line(number, cells.get(), skuIdOf, pricedOn, violations).ifPresent(lines::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty() && violations.isEmpty()) {
            violations.add(Violation.coded(
                    "file",
                    "price.list.empty",
                    "The list has no prices. Give one line per SKU: skuPartNumber or skuId, amount, currency,"
                            + " period, e.g. ENTERPRISEPACK,20.60,EUR,MONTH."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return List.copyOf(lines);
    }

    /** An upload as the audit log tells it: {@code Lines: 3, licences priced: 2}. */
    public static String described(int lines, int priced) {
        return "Lines: " + lines + ", licences priced: " + priced;
    }

    private static boolean isHeader(List<String> cells) {
        return cells.size() > 1 && cells.get(1).strip().equalsIgnoreCase("amount");
    }

    private static Optional<List<String>> cells(int number, String line, List<Violation> violations) {
        try (CSVParser parser = CSVParser.parse(line, LINE)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() == 1) {
                return Optional.of(records.get(0).toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // refused below: a quote left open, or text after a closing quote
        }
        violations.add(Violation.coded(
                "line " + number,
                "price.line.notCsv",
                "The line is no CSV row: a quoted cell must end with a quote before the next comma, and cells"
                        + " cannot hold line breaks."));
        return Optional.empty();
    }

    private static Optional<Line> line(
            int number,
            List<String> cells,
            Function<String, Optional<String>> skuIdOf,
            Map<String, Integer> pricedOn,
            List<Violation> violations) {
        String at = "line " + number + ": ";
        if (cells.size() != CELLS) {
            violations.add(Violation.coded(
                    "line " + number,
                    "price.line.cells",
                    "The line has " + cells.size() + (cells.size() == 1 ? " cell" : " cells") + "; give " + CELLS
                            + " separated by commas: skuPartNumber or skuId, amount, currency, period.",
                    cells.size(),
                    CELLS));
            return Optional.empty();
        }
        int before = violations.size();
        Optional<String> skuId = sku(at + "sku", cells.get(0).strip(), skuIdOf, violations);
        skuId.ifPresent(id -> {
            Integer earlier = pricedOn.putIfAbsent(id, number);
            if (earlier != null) {
                violations.add(Violation.coded(
                        at + "sku",
                        "price.sku.twice",
                        "The SKU " + PriceRules.echo(cells.get(0).strip()) + " is priced on line " + earlier
                                + " already; give each SKU once.",
                        PriceRules.echo(cells.get(0).strip()),
                        earlier));
            }
        });
        List<Violation> currencyViolations = new ArrayList<>();
        String currencyCell = cells.get(2).strip();
        Optional<Currency> currency = currencyCell.isEmpty()
                ? PriceRules.missingCurrency(at + "currency", currencyViolations)
                : PriceRules.currency(at + "currency", currencyCell, currencyViolations);
        Optional<BigDecimal> amount = number(at + "amount", cells.get(1).strip(), violations)
                .flatMap(value -> PriceRules.amount(at + "amount", value, currency, violations));
        violations.addAll(currencyViolations);
        PricePeriod period = period(at + "period", cells.get(3).strip(), violations);
        if (violations.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Line(
                number,
                skuId.orElseThrow(),
                new CheckedPrice(amount.orElseThrow(), currency.orElseThrow().getCurrencyCode(), period)));
    }

    private static Optional<String> sku(
            String field, String cell, Function<String, Optional<String>> skuIdOf, List<Violation> violations) {
        if (cell.isEmpty()) {
            violations.add(Violation.coded(
                    field, "price.sku.required", "Give the SKU's part number (such as ENTERPRISEPACK) or its id."));
            return Optional.empty();
        }
        Optional<String> skuId = skuIdOf.apply(cell);
        if (skuId.isEmpty()) {
            violations.add(Violation.coded(
                    field,
                    "price.sku.unknown",
                    "No licence has the SKU " + PriceRules.echo(cell) + "; give the part number (such as"
                            + " ENTERPRISEPACK) or the id of a SKU a portal imported.",
                    PriceRules.echo(cell)));
        }
        return skuId;
    }

    private static Optional<BigDecimal> number(String field, String cell, List<Violation> violations) {
        if (cell.isEmpty()) {
            return PriceRules.missingAmount(field, violations);
        }
        try {
            return Optional.of(new BigDecimal(cell));
        } catch (NumberFormatException e) {
            violations.add(Violation.coded(
                    field,
                    "price.amount.notNumber",
                    "'" + PriceRules.echo(cell) + "' is not a number; give the amount like 20.60, with a dot"
                            + " before the decimals.",
                    PriceRules.echo(cell)));
            return Optional.empty();
        }
    }

    private static PricePeriod period(String field, String cell, List<Violation> violations) {
        PricePeriod period = PriceRules.period(cell);
        if (period == null) {
            violations.add(
                    cell.isEmpty()
                            ? PriceRules.missingPeriod(field)
                            : Violation.coded(
                                    field,
                                    "price.period.unknown",
                                    "'" + PriceRules.echo(cell) + "' is not a period; give MONTH or YEAR.",
                                    PriceRules.echo(cell)));
        }
        return period;
    }
}
