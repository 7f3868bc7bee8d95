package dev.itam.m365.licensing.application;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.licensing.ConsumerType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Consumer types as clients name them, refused in one wording that lists the types a product by hand may have. */
public final class ConsumerTypes {

    private ConsumerTypes() {}

    /**
     * @return the type named exactly (e.g. {@code USER}), or null when none was named; the service decides
     *         whether a product by hand may have it
     * @throws InvalidInputException when the name is no consumer type
     */
    public static ConsumerType parse(String name) {
        if (name == null) {
            return null;
        }
        return Arrays.stream(ConsumerType.values())
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(Violation.coded(
                        "consumerType",
                        "product.consumerType.unknown",
                        "'" + name + "' is no consumer type." + choose(),
                        name,
                        names(true, ", "),
                        names(false, ", ")))));
    }

    /** No type was named for a product by hand. */
    static Violation missing() {
        return Violation.coded(
                "consumerType",
                "product.consumerType.required",
                "The consumer type is missing." + choose(),
                names(true, ", "),
                names(false, ", "));
    }

    /** A type the import alone sets was named for a product by hand. */
    static Violation reserved(ConsumerType type) {
        return Violation.coded(
                "consumerType",
                "product.consumerType.reserved",
                type + " cannot be chosen by hand." + choose(),
                type.name(),
                names(true, ", "),
                names(false, ", "));
    }

    private static String choose() {
        return " Choose the consumer type " + names(true, " or ") + "; " + names(false, ", ")
                + " is set by the Microsoft 365 import only.";
    }

    private static String names(boolean selectableByHand, String separator) {
        return Arrays.stream(ConsumerType.values())
                .filter(t -> t.selectableByHand() == selectableByHand)
                .map(Enum::name)
                .collect(Collectors.joining(separator));
    }
}
