package io.stageboard.service.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CandidateValidatorTest {

    @Test
    void aTagWithAnAccentIsRefusedNamingTheCharacter() {
        assertThat(CandidateValidator.tags(List.of("Senior", "Café hire")))
                .isEqualTo(Optional.of(
                        "The tag \"Café hire\" cannot be used: tags can only use keyboard characters and spaces; \"é\""
                                + " (U+00E9) is not allowed."));
    }

    @Test
    void tagsOfKeyboardCharactersAndSpacesPass() {
        assertThat(CandidateValidator.tags(
                        List.of("Lever Check Completed", "a-zA-Z0-9,.<>?;':\"/\\{}|`~!@#$%^&*()-_=+]")))
                .isEmpty();
    }

    @Test
    void aTabInATagIsNamedAsATab() {
        assertThat(CandidateValidator.tags(List.of("a\tb")))
                .isEqualTo(Optional.of("The tag \"a\tb\" cannot be used:"
                        + " tags can only use keyboard characters and spaces; a tab (U+0009) is not allowed."));
    }

    @Test
    void aSourceOutsideKeyboardCharactersIsRefusedNamingTheCharacter() {
        assertThat(CandidateValidator.sources(List.of("LinkedIn", "Xing\u00a0DE")))
                .isEqualTo(Optional.of(
                        "The source \"Xing\u00a0DE\" contains a special space (U+00A0), which Lever does not allow in sources;"
                                + " use letters A–Z, digits, keyboard punctuation and spaces only."));
    }

    @Test
    void everyWrongFieldGetsItsSentenceInFormOrder() {
        assertThat(CandidateValidator.all(
                        " ",
                        "jane@example.com\njane(at)example.com",
                        "+1 555 123 4567\ncall me",
                        "https://www.linkedin.com/in/jane\nlinkedin.com/in/jane",
                        "",
                        "LinkedIn"))
                .isEqualTo(List.of(
                        "Enter the candidate's name.",
                        "\"jane(at)example.com\" is not an email address; write it as name@example.com.",
                        "\"call me\" is not a phone number; use digits with + ( ) - or spaces, such as +1 555 123 4567.",
                        "\"linkedin.com/in/jane\" is not a web address; write the full link, such as"
                                + " https://www.linkedin.com/in/jane."));
    }

    @Test
    void multiLineFieldsIgnoreBlankLinesAndSpaces() {
        assertThat(CandidateValidator.lines(" a@b.co \n\n  c@d.org\r\n")).isEqualTo(List.of("a@b.co", "c@d.org"));
    }
}
