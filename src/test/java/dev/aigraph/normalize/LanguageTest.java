package dev.aigraph.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void parsesCodesInAnyCase() {
        assertThat(Language.parse("nl")).contains(Language.NL);
        assertThat(Language.parse(" DE ")).contains(Language.DE);
        assertThat(Language.parse("En")).contains(Language.EN);
        assertThat(Language.parse("fr")).isEmpty();
    }

    @Test
    void codeAndLocaleFollowIso639() {
        assertThat(Language.DE.code()).isEqualTo("de");
        assertThat(Language.NL.locale()).isEqualTo(Locale.forLanguageTag("nl"));
    }
}
