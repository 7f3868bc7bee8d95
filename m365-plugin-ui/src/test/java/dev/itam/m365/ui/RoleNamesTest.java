package dev.itam.m365.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.Roles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The deployment descriptors cannot refer to {@link Roles}; they must name exactly its roles. */
class RoleNamesTest {

    private static final Path WEB_INF = Path.of("src/main/webapp/WEB-INF");

    private static List<String> texts(String descriptor, String element) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document =
                factory.newDocumentBuilder().parse(WEB_INF.resolve(descriptor).toFile());
        NodeList nodes = document.getElementsByTagName(element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    @Test
    void webXmlDeclaresAndUsesOnlyThePluginsRoles() throws Exception {
        assertThat(texts("web.xml", "role-name"))
                .isNotEmpty()
                .allMatch(r -> r.equals(Roles.ADMIN) || r.equals(Roles.VIEWER))
                .contains(Roles.ADMIN, Roles.VIEWER);
    }

    @Test
    void payaraMapsEachRoleToTheGroupOfItsName() throws Exception {
        assertThat(texts("glassfish-web.xml", "role-name")).containsExactly(Roles.ADMIN, Roles.VIEWER);
        assertThat(texts("glassfish-web.xml", "group-name")).containsExactly(Roles.ADMIN, Roles.VIEWER);
    }
}
