package dev.itam.m365.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FreeSkusTest {

    @Test
    void theWellKnownFreeSkusAreFreeByIdInAnyCase() {
        assertThat(FreeSkus.BY_SKU_ID.values())
                .contains("FLOW_FREE", "POWER_BI_STANDARD", "TEAMS_EXPLORATORY", "WINDOWS_STORE");
        assertThat(FreeSkus.isFree("F30DB892-07E9-47E9-837C-80727F46FD3D")).isTrue();
        assertThat(FreeSkus.isFree("05e9a617-0261-4cee-bb44-138d3ef5d965")).isFalse();
    }

    @Test
    void idsAreLowerCaseGuidsAsTheImportStoresThem() {
        assertThat(FreeSkus.skuIds()).allMatch(id -> id.matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"));
    }
}
