package dev.itam.m365.simulator.tenant;

/** Whom a SKU or service plan is licensed to, as Graph's {@code appliesTo} names it. */
public enum AppliesTo {
    USER("User"),
    COMPANY("Company");

    private final String graphName;

    AppliesTo(String graphName) {
        this.graphName = graphName;
    }

    public String graphName() {
        return graphName;
    }
}
