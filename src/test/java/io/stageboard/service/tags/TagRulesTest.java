package io.stageboard.service.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagRulesTest {

    private static final List<String> ACCOUNT = List.of("Sales", "Acme Referral");

    @Test
    void keyboardCharactersAndSpacesAreAccepted() {
        assertThat(TagRules.check("  Acme: C++ & Go (2024) #1 ~ok~ ", ACCOUNT))
                .isEqualTo(new TagRules.Verdict("Acme: C++ & Go (2024) #1 ~ok~", null, List.of()));
    }

    @Test
    void emojiIsRefusedByName() {
        assertThat(TagRules.check("Great 😀", ACCOUNT).error())
                .isEqualTo("Tags can only use keyboard characters and spaces; \"😀\" (U+1F600) is not allowed.");
    }

    @Test
    void tabIsRefusedByName() {
        assertThat(TagRules.check("a\tb", ACCOUNT).error())
                .isEqualTo("Tags can only use keyboard characters and spaces; a tab (U+0009) is not allowed.");
    }

    @Test
    void trailingNewlineIsRefusedNotSilentlyDropped() {
        assertThat(TagRules.check("Remote\n", ACCOUNT).error())
                .isEqualTo("Tags can only use keyboard characters and spaces; a line break (U+000A) is not allowed.");
    }

    @Test
    void controlCharacterIsRefusedByName() {
        assertThat(TagRules.check("a\u0007", ACCOUNT).error())
                .isEqualTo("Tags can only use keyboard characters and"
                        + " spaces; an invisible control character (U+0007) is not allowed.");
    }

    @Test
    void accentedLetterIsRefusedByName() {
        assertThat(TagRules.check("Café", ACCOUNT).error())
                .isEqualTo("Tags can only use keyboard characters and spaces; \"é\" (U+00E9) is not allowed.");
    }

    @Test
    void noBreakSpaceIsRefusedByName() {
        assertThat(TagRules.check("a\u00A0b", ACCOUNT).error())
                .isEqualTo(
                        "Tags can only use keyboard characters and spaces; a special space (U+00A0) is not allowed.");
    }

    @Test
    void emptyAndBlankAreRefused() {
        String expected = "A tag cannot be empty; type at least one letter, digit or sign.";
        assertThat(List.of(
                        TagRules.check("", ACCOUNT).error(),
                        TagRules.check("   ", ACCOUNT).error(),
                        TagRules.check(null, ACCOUNT).error()))
                .containsOnly(expected);
    }

    @Test
    void longTagIsAcceptedWithAHintAboutNotes() {
        String tag = "Acme candidate asked to be called back after the summer holidays";
        assertThat(TagRules.check(tag, ACCOUNT))
                .isEqualTo(new TagRules.Verdict(
                        tag,
                        null,
                        List.of("This tag is " + tag.length()
                                + " characters long. Tags work best short; for longer information"
                                + " a note may serve better.")));
    }

    @Test
    void caseOnlyDifferenceFromAnAccountTagIsAWarning() {
        assertThat(TagRules.check("sales", ACCOUNT))
                .isEqualTo(new TagRules.Verdict(
                        "sales",
                        null,
                        List.of(
                                "\"sales\" differs from the existing tag \"Sales\" only in case; Lever treats them as two"
                                        + " different tags.")));
        assertThat(TagRules.check("Sales", ACCOUNT).warnings()).isEmpty();
    }
}
