package dev.itam.m365.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.monitor.TaskRunService;
import dev.itam.m365.api.monitor.TaskService;
import dev.itam.m365.ui.monitor.MonitorPage;
import jakarta.enterprise.context.NormalScope;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Qualifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * View-scoped beans live in the session, which the server may passivate or replicate: what they
 * inject must come back after deserialisation, so it must be a (serialisable) proxy of a
 * normal-scoped bean held in a non-transient field.
 */
class ViewScopedBeansTest {

    private static final Path PLUGIN_CLASSES = Path.of("target/classes");

    @Test
    void everyViewScopedBeanInjectsNormalScopedBeansIntoFieldsThatSurviveSerialisation() throws Exception {
        List<Class<?>> beans = pluginClasses(PLUGIN_CLASSES)
                .filter(c -> c.isAnnotationPresent(ViewScoped.class))
                .toList();
        assertThat(beans).hasSizeGreaterThanOrEqualTo(6);
        List<Class<?>> plugin = Stream.concat(pluginClasses(PLUGIN_CLASSES), pluginClasses(implClasses()))
                .toList();
        for (Class<?> bean : beans) {
            for (Field field : bean.getDeclaredFields()) {
                if (!field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                String name = bean.getSimpleName() + "." + field.getName();
                assertThat(Modifier.isTransient(field.getModifiers()))
                        .as(name + " is transient")
                        .isFalse();
                List<Class<?>> candidates = plugin.stream()
                        .filter(c -> field.getType().isAssignableFrom(c))
                        .filter(c -> !c.isInterface() && !Modifier.isAbstract(c.getModifiers()) && !qualified(c))
                        .toList();
                assertThat(candidates)
                        .as(name + "'s bean")
                        .singleElement()
                        .satisfies(c -> assertThat(normalScoped(c))
                                .as(c.getName() + " is normal-scoped")
                                .isTrue());
            }
        }
    }

    @Test
    void theMonitorPageKeepsItsServicesThroughSerialisation() throws Exception {
        MonitorPage page = new MonitorPage();
        set(page, "tasks", serialisableProxy(TaskService.class));
        set(page, "runs", serialisableProxy(TaskRunService.class));

        MonitorPage restored = roundTrip(page);

        assertThat(get(restored, "tasks").toString()).isEqualTo("proxy of TaskService");
        assertThat(get(restored, "runs").toString()).isEqualTo("proxy of TaskRunService");
    }

    /** Stands in for the container's proxy, which is serialisable and finds the bean again once deserialised. */
    private static Object serialisableProxy(Class<?> type) {
        InvocationHandler handler = (InvocationHandler & Serializable) (proxy, method, args) -> {
            if (method.getName().equals("toString")) {
                return "proxy of " + type.getSimpleName();
            }
            throw new UnsupportedOperationException(method.getName());
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T bean) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(bean);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    private static void set(Object bean, String field, Object value) throws ReflectiveOperationException {
        Field declared = bean.getClass().getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(bean, value);
    }

    private static Object get(Object bean, String field) throws ReflectiveOperationException {
        Field declared = bean.getClass().getDeclaredField(field);
        declared.setAccessible(true);
        return declared.get(bean);
    }

    private static boolean normalScoped(Class<?> bean) {
        return Arrays.stream(bean.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(NormalScope.class));
    }

    /** The plugin's host-facing EJBs carry a qualifier, so they never answer an unqualified injection point. */
    private static boolean qualified(Class<?> bean) {
        return Arrays.stream(bean.getAnnotations())
                .map(Annotation::annotationType)
                .anyMatch(a -> a != Named.class && a.isAnnotationPresent(Qualifier.class));
    }

    /** The implementation's classes directory or jar on the test class path. */
    private static Path implClasses() throws Exception {
        return Path.of(Class.forName("dev.itam.m365.catalogue.SkuTitles")
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    private static Stream<Class<?>> pluginClasses(Path root) throws IOException {
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                return files
                        .map(root::relativize)
                        .map(Path::toString)
                        .filter(n -> n.endsWith(".class"))
                        .toList()
                        .stream()
                        .map(ViewScopedBeansTest::load);
            }
        }
        try (JarFile jar = new JarFile(root.toFile())) {
            return jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")).toList().stream()
                    .map(ViewScopedBeansTest::load);
        }
    }

    private static Class<?> load(String file) {
        String name = file.substring(0, file.length() - ".class".length())
                .replace('/', '.')
                .replace('\\', '.');
        try {
            return Class.forName(name, false, ViewScopedBeansTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException(name, e));
        }
    }
}
