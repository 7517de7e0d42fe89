package dev.aigraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class EditsTest {

    @Test
    void aSwappedPairOfLettersIsOneEdit() {
        assertThat(Edits.distance("antropic", "anthropic")).isEqualTo(1);
        assertThat(Edits.distance("nvdiia", "nvidia")).isEqualTo(1);
        assertThat(Edits.distance("meta", "beta")).isEqualTo(1);
        assertThat(Edits.distance("openai", "oracle")).isEqualTo(5);
    }

    // The bounded search stops early; it must agree with the full table whenever the distance is within the bound.
    @Test
    void theBoundedDistanceAgreesWithTheFullOneUpToTheBound() {
        var random = new Random(20261206);
        for (int i = 0; i < 20_000; i++) {
            String a = word(random);
            String b = random.nextBoolean() ? word(random) : typo(a, random);
            int max = random.nextInt(4);
            assertThat(Edits.distance(a, b, max)).as(a + " / " + b + " within " + max)
                    .isEqualTo(Math.min(Edits.distance(a, b), max + 1));
        }
    }

    private static String word(Random random) {
        var word = new StringBuilder();
        int length = 1 + random.nextInt(9);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(4)));
        }
        return word.toString();
    }

    private static String typo(String word, Random random) {
        var typo = new StringBuilder(word);
        for (int edits = random.nextInt(4); edits > 0 && typo.length() > 1; edits--) {
            int at = random.nextInt(typo.length() - 1);
            switch (random.nextInt(3)) {
                case 0 -> {
                    char c = typo.charAt(at);
                    typo.setCharAt(at, typo.charAt(at + 1));
                    typo.setCharAt(at + 1, c);
                }
                case 1 -> typo.deleteCharAt(at);
                default -> typo.insert(at, (char) ('a' + random.nextInt(4)));
            }
        }
        return typo.toString();
    }
}
