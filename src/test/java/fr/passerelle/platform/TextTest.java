package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void controlCharactersAreRemovedButTabsAndLineBreaksKept() {
        assertThat(Text.withoutControlCharacters("a\u0000b\u0007c\u001Bd\u007Fe\tf\ng\r\nh")).isEqualTo("abcde\tf\ng\r\nh");
        assertThat(Text.withoutControlCharacters(null)).isNull();
    }

    @Test
    void lengthIsCountedInCharactersAsTheDatabaseCountsThem() {
        assertThat(Text.longerThan("😀".repeat(255), 255)).isFalse();
        assertThat(Text.longerThan("  " + "a".repeat(255) + "  ", 255)).isFalse();
        assertThat(Text.longerThan("a".repeat(256), 255)).isTrue();
        assertThat(Text.tooLong("Le lieu", "x".repeat(10_000), 255)).isEqualTo("Le lieu compte 10\u202F000 caractères : 255 au plus.");
    }
}
