package org.qadam.shared.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qadam.identity.Role;
import org.qadam.organisation.OrganisationKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three languages of the {@code messages} and {@code faces} bundles stay in step, their patterns
 * survive {@link MessageFormat}, and the keys the pages and the code use exist.
 */
class MessageBundlesTest {

    private static final String FOLDER = "org/qadam/i18n/";
    private static final List<String> SUFFIXES = List.of("", "_ru", "_uz");
    private static final Path MAIN = Path.of("src", "main");

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]");
    private static final Pattern CODE_KEY =
            Pattern.compile("\"((?:error|login|profile|accounts|regions|organisations|course|cohorts?|enrol|join|cycle|lesson|schedule|sessions|attendance|password|assignments?|grade|grading|gradebook|submission|certificates?|verify)\\.(?!yaml\")[A-Za-z.]*[A-Za-z])\"");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void allThreeLanguagesHaveTheSameKeys(String bundle) {
        Map<String, Properties> files = filesOf(bundle);
        assertThat(files.get(bundle + ".properties").stringPropertyNames())
                .as("keys of %s.properties", bundle).isNotEmpty();

        Set<String> everyKey = new TreeSet<>();
        files.values().forEach(p -> everyKey.addAll(p.stringPropertyNames()));

        List<String> problems = new ArrayList<>();
        files.forEach((name, properties) -> {
            SortedSet<String> missing = new TreeSet<>(everyKey);
            missing.removeAll(properties.stringPropertyNames());
            if (!missing.isEmpty()) {
                problems.add(name + " is missing " + missing);
            }
        });
        assertThat(problems).as("keys missing from some languages of %s", bundle).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void noKeyIsDefinedTwiceInAFile(String bundle) {
        List<String> problems = new ArrayList<>();
        for (String suffix : SUFFIXES) {
            String name = bundle + suffix + ".properties";
            Set<String> duplicates = new TreeSet<>();
            Properties noticing = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (containsKey(key)) {
                        duplicates.add((String) key);
                    }
                    return super.put(key, value);
                }
            };
            load(name, noticing);
            if (!duplicates.isEmpty()) {
                problems.add(name + " defines more than once " + duplicates);
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void noValueIsEmpty(String bundle) {
        List<String> problems = new ArrayList<>();
        filesOf(bundle).forEach((name, properties) -> properties.stringPropertyNames().stream().sorted()
                .filter(key -> properties.getProperty(key).isBlank())
                .forEach(key -> problems.add(name + ": " + key)));
        assertThat(problems).as("empty values").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void patternsAreValidAndUseTheSameArgumentsInEveryLanguage(String bundle) {
        Map<String, Properties> files = filesOf(bundle);
        Set<String> keys = new TreeSet<>();
        files.values().forEach(p -> keys.addAll(p.stringPropertyNames()));

        List<String> problems = new ArrayList<>();
        int patterns = 0;
        for (String key : keys) {
            boolean isPattern = files.values().stream()
                    .anyMatch(p -> p.getProperty(key, "").indexOf('{') >= 0);
            if (!isPattern) {
                continue;
            }
            patterns++;
            Map<String, Set<Integer>> argumentsByFile = new LinkedHashMap<>();
            for (Map.Entry<String, Properties> file : files.entrySet()) {
                String value = file.getValue().getProperty(key);
                if (value == null) {
                    continue; // reported by allThreeLanguagesHaveTheSameKeys
                }
                try {
                    new MessageFormat(value);
                } catch (IllegalArgumentException invalid) {
                    problems.add(file.getKey() + ": " + key + " is not a valid MessageFormat pattern: "
                            + invalid.getMessage());
                    continue;
                }
                argumentsByFile.put(file.getKey(), argumentIndexes(value));
            }
            if (argumentsByFile.values().stream().distinct().count() > 1) {
                problems.add(key + " uses different arguments: " + argumentsByFile);
            }
        }
        assertThat(problems).isEmpty();
        if (bundle.equals("messages")) {
            assertThat(patterns).as("patterns with arguments in messages").isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void patternsWithArgumentsHaveNoPlainApostrophe(String bundle) {
        // MessageFormat takes ' as a quote: "Don't {0}" would come out as "Dont {0}" with {0} unreplaced.
        List<String> problems = new ArrayList<>();
        filesOf(bundle).forEach((name, properties) -> properties.stringPropertyNames().stream().sorted()
                .filter(key -> {
                    String value = properties.getProperty(key);
                    return value.indexOf('\'') >= 0 && !argumentIndexes(value).isEmpty();
                })
                .forEach(key -> problems.add(name + ": " + key + "=" + properties.getProperty(key))));
        assertThat(problems).as("write ’ (U+2019) instead of ' in these").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void uzbekIsWrittenInLatinScript(String bundle) {
        String name = bundle + "_uz.properties";
        Properties uzbek = filesOf(bundle).get(name);
        List<String> cyrillic = uzbek.stringPropertyNames().stream().sorted()
                .filter(key -> uzbek.getProperty(key).codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC))
                .map(key -> key + "=" + uzbek.getProperty(key))
                .toList();
        assertThat(cyrillic).as("values of %s with Cyrillic letters", name).isEmpty();
    }

    @Test
    void theArgumentScannerSeesArgumentsButNotQuotedBraces() {
        assertThat(argumentIndexes("{0} cannot be deleted: {1,number,integer} people")).containsExactly(0, 1);
        assertThat(argumentIndexes("'{0}' is quoted, {2} is not")).containsExactly(2);
        assertThat(argumentIndexes("no arguments")).isEmpty();
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Properties messages = load("messages.properties", new Properties());
        Map<String, Set<String>> missingByPage = new TreeMap<>();
        int found = 0;
        try (Stream<Path> pages = Files.walk(MAIN.resolve("webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                Matcher m = PAGE_KEY.matcher(Files.readString(page, UTF_8));
                while (m.find()) {
                    found++;
                    if (!messages.containsKey(m.group(1))) {
                        missingByPage.computeIfAbsent(MAIN.relativize(page).toString(), k -> new TreeSet<>())
                                .add(m.group(1));
                    }
                }
            }
        }
        assertThat(found).as("msg['...'] references found in the pages").isGreaterThan(20);
        assertThat(missingByPage).as("keys used by pages but missing from messages.properties").isEmpty();
    }

    @Test
    void everyKeyBuiltFromAnEnumExists() {
        // The pages build these keys with 'role.'.concat(r.name()) and 'organisationKind.'.concat(...).
        Properties messages = load("messages.properties", new Properties());
        List<String> missing = new ArrayList<>();
        for (Role role : Role.values()) {
            if (!messages.containsKey("role." + role.name())) {
                missing.add("role." + role.name());
            }
        }
        for (OrganisationKind kind : OrganisationKind.values()) {
            if (!messages.containsKey("organisationKind." + kind.name())) {
                missing.add("organisationKind." + kind.name());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties messages = load("messages.properties", new Properties());
        Map<String, Set<String>> missingBySource = new TreeMap<>();
        int found = 0;
        try (Stream<Path> sources = Files.walk(MAIN.resolve("java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = CODE_KEY.matcher(Files.readString(source, UTF_8));
                while (m.find()) {
                    found++;
                    if (!messages.containsKey(m.group(1))) {
                        missingBySource.computeIfAbsent(MAIN.relativize(source).toString(), k -> new TreeSet<>())
                                .add(m.group(1));
                    }
                }
            }
        }
        assertThat(found).as("message keys found in the code").isGreaterThan(20);
        assertThat(missingBySource).as("keys used by the code but missing from messages.properties").isEmpty();
    }

    /** The indexes of the arguments a pattern uses, skipping text quoted with ' as MessageFormat does. */
    static Set<Integer> argumentIndexes(String pattern) {
        Set<Integer> indexes = new TreeSet<>();
        boolean quoted = false;
        int depth = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++; // '' is a literal apostrophe
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && c == '{') {
                if (depth == 0) {
                    int end = i + 1;
                    while (end < pattern.length() && Character.isWhitespace(pattern.charAt(end))) {
                        end++;
                    }
                    int start = end;
                    while (end < pattern.length() && Character.isDigit(pattern.charAt(end))) {
                        end++;
                    }
                    if (end > start) {
                        indexes.add(Integer.parseInt(pattern.substring(start, end)));
                    }
                }
                depth++;
            } else if (!quoted && c == '}' && depth > 0) {
                depth--;
            }
        }
        return indexes;
    }

    private static Map<String, Properties> filesOf(String bundle) {
        Map<String, Properties> files = new LinkedHashMap<>();
        for (String suffix : SUFFIXES) {
            String name = bundle + suffix + ".properties";
            files.put(name, load(name, new Properties()));
        }
        return files;
    }

    private static Properties load(String name, Properties into) {
        String resource = FOLDER + name;
        try (InputStream stream = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(stream).as("%s on the class path", resource).isNotNull();
            try (Reader reader = new InputStreamReader(stream, UTF_8)) {
                into.load(reader);
            }
            return into;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
