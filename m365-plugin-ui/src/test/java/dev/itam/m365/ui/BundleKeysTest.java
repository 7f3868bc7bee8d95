package dev.itam.m365.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The English and the German bundle have the same keys; every key the pages and beans name exists,
 * and every key is named somewhere (enum labels and the other prefixes the beans build keys from
 * count as named); every rule code the services give has its German sentence.
 */
class BundleKeysTest {

    /** Keys only languages other than English have: the translations of the services' English sentences. */
    private static final List<String> TRANSLATIONS_ONLY =
            List.of("violation.", "failure.", "refusal.", "warningMessage.", "auditDetail.", "importNotice.");

    /** Keys the beans build from a prefix and an enum constant or a rule's name. */
    private static final List<String> BUILT = List.of(
            "task.",
            "outcome.",
            "cloud.",
            "status.",
            "syncProblem.",
            "syncStatus.",
            "origin.",
            "assignedVia.",
            "lifecycle.",
            "event.",
            "subscriptionStatus.",
            "changeKind.",
            "reclaimReason.",
            "trends.range.",
            "warning.",
            "auditAction.");

    private static final Path UI = Path.of("src", "main");
    private static final Path IMPL = Path.of("..", "m365-plugin-impl", "src", "main", "java");

    private static final Pattern PAGE_KEY =
            Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]|texts\\.format\\('([A-Za-z0-9_.]+)'");
    private static final Pattern JAVA_KEY = Pattern.compile("Texts\\.(?:text|optional)\\(\\s*\"([A-Za-z0-9_.]+)\"");
    private static final Pattern JAVA_CONDITIONAL_KEY = Pattern.compile(
            "\\? \"([a-z][A-Za-z0-9_]*\\.[A-Za-z0-9_.]+)\" : \"([a-z][A-Za-z0-9_]*\\.[A-Za-z0-9_.]+)\"");
    /** A coded violation, or a certificate reader's refusal, which becomes one with its code. */
    private static final Pattern RULE_CODE = Pattern.compile(
            "(?:Violation\\.coded|new InvalidCredentialException)\\(\\s*[^,]+,\\s*\"([A-Za-z0-9_.]+)\"");

    private static final Pattern BUILT_RULE_CODE = Pattern.compile("\"portal\\.\" \\+ field \\+ \"(\\.[A-Za-z]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> english = keys(Locale.ROOT);
        Set<String> german = keys(Locale.GERMAN).stream()
                .filter(k -> TRANSLATIONS_ONLY.stream().noneMatch(k::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(german).isEqualTo(english);
        assertThat(english).noneMatch(k -> TRANSLATIONS_ONLY.stream().anyMatch(k::startsWith));
    }

    @Test
    void everyKeyThePagesAndBeansNameExistsAndEveryKeyIsNamed() throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path page : files(UI.resolve("webapp"), ".xhtml")) {
            Matcher m = PAGE_KEY.matcher(Files.readString(page));
            while (m.find()) {
                named.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        for (Path source : files(UI.resolve("java"), ".java")) {
            String text = Files.readString(source);
            Matcher m = JAVA_KEY.matcher(text);
            while (m.find()) {
                named.add(m.group(1));
            }
            Matcher conditional = JAVA_CONDITIONAL_KEY.matcher(text);
            while (conditional.find()) {
                named.add(conditional.group(1));
                named.add(conditional.group(2));
            }
        }
        named.removeIf(k -> k.endsWith("."));
        assertThat(keys(Locale.GERMAN))
                .as("translations the beans name")
                .containsAll(named.stream()
                        .filter(k -> TRANSLATIONS_ONLY.stream().anyMatch(k::startsWith))
                        .toList());
        Set<String> english = keys(Locale.ROOT);
        assertThat(english)
                .containsAll(named.stream()
                        .filter(k -> TRANSLATIONS_ONLY.stream().noneMatch(k::startsWith))
                        .toList());
        assertThat(english.stream()
                        .filter(k -> !named.contains(k))
                        .filter(k -> BUILT.stream().noneMatch(k::startsWith)))
                .as("keys no page or bean names")
                .isEmpty();
    }

    @Test
    void everyRuleCodeOfTheServicesHasItsGermanSentence() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (Path source : files(IMPL, ".java")) {
            String text = Files.readString(source);
            Matcher m = RULE_CODE.matcher(text);
            while (m.find()) {
                codes.add(m.group(1));
            }
            Matcher built = BUILT_RULE_CODE.matcher(text);
            while (built.find()) {
                codes.add("portal.tenantId" + built.group(1));
                codes.add("portal.clientId" + built.group(1));
            }
        }
        codes.removeIf(code -> code.endsWith("."));
        assertThat(codes)
                .contains(
                        "portal.name.required",
                        "portal.tenantId.notGuid",
                        "portal.certificate.expired",
                        "price.amount.notNumber",
                        "exemption.note.required",
                        "folder.name.tooLong",
                        "product.consumerType.reserved",
                        "productNames.empty",
                        "reclaim.inactiveDays.unknown");
        Set<String> translated = keys(Locale.GERMAN).stream()
                .filter(k -> k.startsWith("violation."))
                .map(k -> k.substring("violation.".length()))
                .collect(Collectors.toSet());
        assertThat(translated).containsAll(codes);
        assertThat(codes).containsAll(translated);
    }

    @Test
    void germanReadersGetGermanAndEveryoneElseEnglish() {
        assertThat(Texts.text(Locale.GERMAN, "nav.signOut")).isEqualTo("Abmelden");
        assertThat(Texts.text(Locale.ENGLISH, "nav.signOut")).isEqualTo("Sign out");
        assertThat(Texts.text(Locale.GERMAN, "waiting", 3))
                .isEqualTo("3 Personen warten auf diese Lizenz: Die SKU ist voll");
        assertThat(Texts.text(Locale.ENGLISH, "portals.saved", "A")).isEqualTo("Portal 'A' saved.");
        assertThat(Texts.text(Locale.GERMAN, "monitor.figures.recalculated", 1234))
                .isEqualTo("1.234 Lizenzen neu berechnet");
    }

    private static Set<String> keys(Locale locale) {
        String name = "/" + Texts.BUNDLE.replace('.', '/')
                + (locale.getLanguage().isEmpty() ? "" : "_" + locale.getLanguage()) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
