package dev.aigraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.aigraph.graph.EntityKind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GazetteerTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void loadBundled() throws IOException {
        try (InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/entities.yaml")) {
            gazetteer = Gazetteer.load(in, "entities.yaml");
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Microsoft Corp.     | microsoft
            MICROSOFT, Inc.     | microsoft
            Nestlé S.A.         | nestle
            OpenAI’s Models     | openai's models
            OpenAI`s Models     | openai's models
            ＯｐｅｎＡＩ Inc.     | openai
            Mistral   AI        | mistral ai
            ASML Holding N.V.   | asml holding
            SoftBank Group      | softbank group
            Claude–3 Opus       | claude-3 opus
            """)
    void keysFoldCaseAccentsQuotesAndLegalSuffixes(String name, String key) {
        assertThat(NameKey.of(name)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Microsoft 365 Copilot | microsoft-365-copilot
            DALL·E                | dall-e
            Mistral AI            | mistral-ai
            o1                    | o1
            (xAI)                 | xai
            """)
    void slugsAreStableIds(String name, String slug) {
        assertThat(NameKey.slug(name)).isEqualTo(slug);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            redmond            | microsoft
            Microsofts         | microsoft
            OpenAI's           | openai
            Anthropic’s        | anthropic
            AWS                | amazon-web-services
            Verenigde Staten   | united-states
            Stargate-Projekt   | stargate-project
            Oracle Corporation | oracle
            """)
    void namesAliasesAndPossessivesAreFound(String name, String id) {
        assertThat(gazetteer.lookup(name)).isInstanceOfSatisfying(Lookup.Found.class,
                found -> assertThat(found.entry().id()).isEqualTo(id));
    }

    @Test
    void anAmbiguousNameIsNarrowedByTheKindsARoleAccepts() {
        assertThat(gazetteer.lookup("Gemini")).isInstanceOfSatisfying(Lookup.Ambiguous.class,
                a -> assertThat(a.candidates()).extracting(GazetteerEntry::id).containsExactlyInAnyOrder("gemini",
                        "gemini-app"));
        assertThat(gazetteer.lookup("Gemini", Set.of(EntityKind.AI_MODEL))).isInstanceOfSatisfying(Lookup.Found.class,
                f -> assertThat(f.entry().id()).isEqualTo("gemini"));
    }

    @Test
    void aNearMissSuggestsTheKnownName() {
        assertThat(gazetteer.lookup("Antropic")).isInstanceOf(Lookup.Unknown.class);
        assertThat(gazetteer.nearMisses("Antropic")).extracting(GazetteerEntry::name).first().isEqualTo("Anthropic");
        assertThat(gazetteer.nearMisses("Mircosoft")).extracting(GazetteerEntry::name).contains("Microsoft");
        assertThat(gazetteer.nearMisses("Zyxwv Robotics")).isEmpty();
    }

    @Test
    void descriptionsAreNotNames() {
        assertThat(gazetteer.lookup("de techgigant")).isInstanceOf(Lookup.Unknown.class);
        assertThat(gazetteer.byId("microsoft").orElseThrow().descriptions().get("nl")).contains("de techgigant");
    }

    @Test
    void aMalformedFileIsRefusedNamingTheEntry() {
        assertThatThrownBy(() -> load("""
                entities:
                  - {name: Acme, kind: Organization}
                  - {name: Acme, kind: Organization}
                """)).hasMessageContaining("x.yaml: entry 2").hasMessageContaining("'acme' is used twice");
        assertThatThrownBy(() -> load("entities:\n  - {name: Acme, kind: Company}\n"))
                .hasMessageContaining("entry 1").hasMessageContaining("kind 'Company'");
        assertThatThrownBy(() -> load("entities:\n  - {name: Acme Cloud, kind: CloudPlatform, partOf: acme}\n"))
                .hasMessageContaining("acme-cloud is part of 'acme'");
    }

    @Test
    void everyBundledIdIsTheSlugOfItsName() {
        assertThat(gazetteer.entries()).hasSizeGreaterThan(140)
                .allSatisfy(e -> assertThat(e.id()).isEqualTo(NameKey.slug(e.name())));
    }

    @Test
    void everyEntityOfTheCorpusResolvesByItsNameAndNameLikeAliases() throws IOException {
        Path seeds = Path.of("../shared/corpus/seeds-entities.json");
        Assumptions.assumeTrue(Files.exists(seeds), "skipped: ../shared/corpus is not present beside the repository");
        JsonNode entities = JsonMapper.builder().build().readTree(seeds.toFile()).get("entities");
        int checked = 0;
        for (JsonNode entity : entities) {
            String name = entity.get("name").asString();
            GazetteerEntry entry = ((Lookup.Found) gazetteer.lookup(name)).entry();
            assertThat(entry.name()).isEqualTo(name);
            String kind = entity.get("type").asString();
            assertThat(entry.kind().label()).isEqualTo(kind.equals("Country") ? "Region" : kind);
            for (JsonNode alias : entity.get("aliases")) {
                boolean descriptive = entry.descriptions().values().stream()
                        .anyMatch(list -> list.contains(alias.asString()));
                if (!descriptive && !contextual(alias.asString(), entry)) {
                    assertThat(gazetteer.lookup(alias.asString())).as(alias.asString())
                            .isInstanceOfSatisfying(Lookup.Found.class, f -> assertThat(f.entry()).isEqualTo(entry));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(80);
    }

    /**
     * Phrases the annotators list as aliases that name their entity only in context ("het Chinese DeepSeek", "Der
     * Konzern", "ontwikkelaar OpenAI"): article extraction reads those from the sentence (nationality adjectives,
     * words pointing back, titles), so the gazetteer does not list them as names.
     */
    private static boolean contextual(String alias, GazetteerEntry entry) {
        String name = entry.name();
        String first = alias.split("\\s+")[0];
        boolean article = List.of("de", "het", "der", "das", "die", "dem", "een", "ein").contains(first.toLowerCase());
        boolean qualifiedName = alias.endsWith(" " + name);     // "goudhaantje NVIDIA", "Elon Musks xAI"
        var names = new java.util.ArrayList<>(entry.aliases());
        names.add(name);
        // "Copilot-abonnementen", "o1-Reasoning-Modell": the name as the first part of a compound
        String unquoted = alias.replaceAll("[“”\"‘’]", "");
        boolean compound = names.stream().anyMatch(n -> unquoted.startsWith(n + "-"));
        boolean owned = first.matches("\\p{Lu}\\S*s") && alias.contains(" ");    // "Microsofts Cloud-Plattform"
        return compound || owned
                || alias.contains(" ") && (article || Character.isLowerCase(first.codePointAt(0)) || qualifiedName);
    }

    private static Gazetteer load(String yaml) {
        return Gazetteer.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "x.yaml");
    }
}
