package dev.itam.m365.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;

/** The plugin's shipped defaults (META-INF/microprofile-config.properties) with a test's overrides, as MicroProfile Config. */
public final class TestConfig implements Config {

    private final Map<String, String> values = new HashMap<>();

    private TestConfig(Map<String, String> overrides) {
        Properties defaults = new Properties();
        try (InputStream in = TestConfig.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        defaults.stringPropertyNames().forEach(key -> values.put(key, defaults.getProperty(key)));
        values.putAll(overrides);
    }

    public static Config defaultsWith(Map<String, String> overrides) {
        return new TestConfig(overrides);
    }

    @Override
    public <T> T getValue(String name, Class<T> type) {
        return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
    }

    @Override
    public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
        return Optional.ofNullable(values.get(name)).map(value -> convert(value, type));
    }

    private static <T> T convert(String value, Class<T> type) {
        if (type == String.class) {
            return type.cast(value);
        }
        if (type == Integer.class) {
            return type.cast(Integer.valueOf(value));
        }
        throw new IllegalArgumentException("TestConfig converts to String and Integer only, not " + type);
    }

    @Override
    public ConfigValue getConfigValue(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<String> getPropertyNames() {
        return List.copyOf(values.keySet());
    }

    @Override
    public Iterable<ConfigSource> getConfigSources() {
        return List.of();
    }

    @Override
    public <T> Optional<Converter<T>> getConverter(Class<T> type) {
        return Optional.empty();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new IllegalArgumentException("Nothing to unwrap");
    }
}
