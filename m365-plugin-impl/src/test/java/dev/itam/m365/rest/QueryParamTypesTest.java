package dev.itam.m365.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every query parameter of the API arrives as text and is read by {@link QueryParameters}: one that
 * JAX-RS converts itself answers a wrong value with a bare 404 instead of naming the parameter.
 */
class QueryParamTypesTest {

    @Test
    void everyQueryParameterIsReadFromItsText() {
        List<JavaClass> resources = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.itam.m365").stream()
                        .filter(c -> c.isAnnotatedWith(Path.class))
                        .toList();
        assertThat(resources).hasSizeGreaterThan(8);

        List<String> converted = resources.stream()
                .map(JavaClass::reflect)
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .flatMap(m -> Arrays.stream(m.getParameters())
                        .filter(p -> p.isAnnotationPresent(QueryParam.class) && p.getType() != String.class)
                        .map(p -> describe(m, p)))
                .toList();
        assertThat(converted).isEmpty();
    }

    private static String describe(Method method, Parameter parameter) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + parameter.getAnnotation(QueryParam.class).value() + ": "
                + parameter.getType().getSimpleName() + ")";
    }
}
