package dev.itam.m365.simulator.tenant;

/** Graph's {@code userType}: a member of the organisation, or a guest invited from outside it. */
public enum UserType {
    MEMBER("Member"),
    GUEST("Guest");

    private final String graphName;

    UserType(String graphName) {
        this.graphName = graphName;
    }

    public String graphName() {
        return graphName;
    }
}
