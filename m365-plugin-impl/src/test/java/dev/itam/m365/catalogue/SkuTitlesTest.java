package dev.itam.m365.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkuTitlesTest {

    private static final String HEADER = "Product_Display_Name,String_Id,GUID\r\n";
    private static final String E3 = "6fd2c87f-b296-42f0-b197-1e91e994b900";
    private static final String VISIO = "c5928f49-12ba-48f7-ada3-0d743a3601d5";
    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000001";

    /** The M365_SKU_TITLE table that two instances share. */
    private final List<SkuTitleEntity> table = new ArrayList<>();

    @Test
    void anUploadOnOneInstanceNamesLicencesOnAnotherThatHadLookedTitlesUpBefore() {
        SkuTitles a = instance(Optional.empty());
        SkuTitles b = instance(Optional.empty());
        assertThat(b.of(List.of(E3)).titleOf(E3, "ENTERPRISEPACK")).isEqualTo("Office 365 E3");

        a.upload(new StringReader(HEADER + "Office 365 E3 (uploaded)," + "ENTERPRISEPACK," + E3 + "\r\n"));

        assertThat(b.of(List.of(E3)).titleOf(E3, "ENTERPRISEPACK")).isEqualTo("Office 365 E3 (uploaded)");
    }

    @Test
    void theUploadedListWinsOverTheConfiguredFileWhichWinsOverTheBuiltInTitles(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(
                dir.resolve("names.csv"),
                HEADER + "Visio from the file,VISIOCLIENT," + VISIO + "\r\n" + "E3 from the file,ENTERPRISEPACK," + E3
                        + "\r\n");
        SkuTitles titles = instance(Optional.of(file.toString()));
        titles.upload(new StringReader(HEADER + "E3 uploaded,ENTERPRISEPACK," + E3.toUpperCase() + "\r\n"));

        Titles looked = titles.of(List.of(E3.toUpperCase(), VISIO, UNKNOWN));

        assertThat(looked.titleOf(E3, "ENTERPRISEPACK")).isEqualTo("E3 uploaded");
        assertThat(looked.titleOf(VISIO.toUpperCase(), "VISIOCLIENT")).isEqualTo("Visio from the file");
        assertThat(looked.titleOf(UNKNOWN, "NEW_SKU")).isEqualTo("NEW_SKU");
        assertThat(instance(Optional.empty()).of(List.of(VISIO)).titleOf(VISIO, "VISIOCLIENT"))
                .isEqualTo("Visio Plan 2");
    }

    private SkuTitles instance(Optional<String> configuredFile) {
        SkuTitles titles = new SkuTitles();
        titles.em = sharedTable();
        titles.config = (Config) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Config.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue") && args[0].equals("m365.catalogue.file")) {
                        return configuredFile;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return titles;
    }

    /** Just the statements {@link SkuTitles} sends, answered from {@link #table}. */
    private EntityManager sharedTable() {
        return (EntityManager) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "persist" -> {
                        table.add((SkuTitleEntity) args[0]);
                        yield null;
                    }
                    case "flush" -> null;
                    case "createQuery" -> query((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private Object query(String jpql) {
        Collection<?>[] ids = new Collection<?>[1];
        return Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {TypedQuery.class, Query.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setParameter" -> {
                        ids[0] = (Collection<?>) args[1];
                        yield proxy;
                    }
                    case "executeUpdate" -> {
                        assertThat(jpql).isEqualTo("delete from SkuTitle");
                        int deleted = table.size();
                        table.clear();
                        yield deleted;
                    }
                    case "getResultList" -> {
                        assertThat(jpql).isEqualTo("select t from SkuTitle t where t.skuId in :ids");
                        yield table.stream()
                                .filter(row -> ids[0].contains(row.name().skuId()))
                                .toList();
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
