package io.stageboard.service.candidates;

import io.stageboard.service.tags.TagRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks what a recruiter typed for a new candidate, field by field, before anything is sent to Lever. Each check
 * answers empty when the value is fine, or one sentence naming what is wrong and how to fix it. Multi-valued fields
 * take one value per line.
 * Tags follow {@link TagRules}, the one rule for tags wherever they are typed.
 */
public final class CandidateValidator {

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern PHONE =
            Pattern.compile("[0-9+()./\\-\\s]*(?:(?:ext\\.?|x)\\s*[0-9]+)?", Pattern.CASE_INSENSITIVE);

    private CandidateValidator() {}

    /** Splits a multi-line field into its trimmed, non-empty lines. */
    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The name is required: Lever would otherwise store a nameless candidate. */
    public static Optional<String> name(String name) {
        return name == null || name.isBlank() ? Optional.of("Enter the candidate's name.") : Optional.empty();
    }

    /** Every email must look like name@example.com; Lever matches existing people by it. */
    public static Optional<String> emails(List<String> emails) {
        return emails.stream()
                .filter(e -> !EMAIL.matcher(e).matches())
                .findFirst()
                .map(e -> "\"" + e + "\" is not an email address; write it as name@example.com.");
    }

    /** Every phone number needs digits and may hold + ( ) - . / spaces and an extension. */
    public static Optional<String> phones(List<String> phones) {
        return phones.stream()
                .filter(p -> !PHONE.matcher(p).matches()
                        || p.chars().filter(Character::isDigit).count() < 3)
                .findFirst()
                .map(p -> "\"" + p + "\" is not a phone number; use digits with + ( ) - or spaces, such as"
                        + " +1 555 123 4567.");
    }

    /** Every link must be a full web address starting with http:// or https://. */
    public static Optional<String> links(List<String> links) {
        return links.stream()
                .filter(l -> !isWebAddress(l))
                .findFirst()
                .map(l -> "\"" + l + "\" is not a web address; write the full link, such as"
                        + " https://www.linkedin.com/in/jane.");
    }

    /** Every tag must pass {@link TagRules} (Lever's FAQ: printable keyboard characters and spaces only). */
    public static Optional<String> tags(List<String> tags) {
        for (String tag : tags) {
            TagRules.Verdict verdict = TagRules.check(tag, List.of());
            if (!verdict.ok()) {
                String why = verdict.error();
                return Optional.of("The tag \"" + tag + "\" cannot be used: " + Character.toLowerCase(why.charAt(0))
                        + why.substring(1));
            }
        }
        return Optional.empty();
    }

    /** Sources are free text, but like tags they are plain keyboard text. */
    public static Optional<String> sources(List<String> sources) {
        for (String source : sources) {
            Optional<String> bad = TagRules.forbiddenCharacter(source);
            if (bad.isPresent()) {
                return Optional.of("The source \"" + source + "\" contains " + bad.get() + ", which Lever does not"
                        + " allow in sources; use letters A–Z, digits, keyboard punctuation and spaces only.");
            }
        }
        return Optional.empty();
    }

    /** Runs every check and returns the sentences of the fields that are wrong, in form order. */
    public static List<String> all(
            String name, String emails, String phones, String links, String tags, String sources) {
        List<String> problems = new ArrayList<>();
        name(name).ifPresent(problems::add);
        emails(lines(emails)).ifPresent(problems::add);
        phones(lines(phones)).ifPresent(problems::add);
        links(lines(links)).ifPresent(problems::add);
        tags(lines(tags)).ifPresent(problems::add);
        sources(lines(sources)).ifPresent(problems::add);
        return problems;
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
