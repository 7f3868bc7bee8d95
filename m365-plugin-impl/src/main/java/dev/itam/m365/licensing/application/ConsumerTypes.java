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
                .orElseThrow(
                        () -> new InvalidInputException(List.of(violation("'" + name + "' is no consumer type."))));
    }

    static Violation violation(String problem) {
        String allowed = Arrays.stream(ConsumerType.values())
                .filter(ConsumerType::selectableByHand)
                .map(Enum::name)
                .collect(Collectors.joining(" or "));
        String reserved = Arrays.stream(ConsumerType.values())
                .filter(t -> !t.selectableByHand())
                .map(Enum::name)
                .collect(Collectors.joining(", "));
        return new Violation(
                "consumerType",
                problem + " Choose the consumer type " + allowed + "; " + reserved
                        + " is set by the Microsoft 365 import only.");
    }
}
