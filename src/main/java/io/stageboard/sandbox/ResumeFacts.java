package io.stageboard.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stageboard.sandbox.SandboxModel.Phone;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contact details the sandbox reads from a résumé's text when asked to parse it: name, emails, phones and
 * links. Lever's own parser is a black box; these are plain heuristics, good enough for a demo and for tests,
 * and they never overwrite what the request sent (Lever: "manually passed fields take precedence").
 *
 * @param name   the first line that looks like a person's name, or null
 * @param emails addresses in the order found
 * @param phones numbers with at least 9 digits (8 after a '+'), typed "other"
 * @param links  web addresses (with or without a scheme), e-mail domains excluded
 */
record ResumeFacts(String name, List<String> emails, List<Phone> phones, List<String> links) {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ().-]{6,}\\d");
    private static final Pattern LINK = Pattern.compile(
            "(?:https?://|www\\.|(?:linkedin|github|gitlab)\\.com/)[^\\s<>\"'()]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}'.-]*(?: \\p{Lu}[\\p{L}'.-]*){1,3}$");
    private static final Set<String> HEADINGS = Set.of("curriculum vitae", "resume", "résumé", "cv");
    private static final int NAME_LINES = 5;

    /** The facts found in {@code text} (empty lists and a null name when there is nothing). */
    static ResumeFacts of(String text) {
        Set<String> emails = new LinkedHashSet<>();
        for (Matcher m = EMAIL.matcher(text); m.find(); ) {
            emails.add(m.group());
        }
        List<Phone> phones = new ArrayList<>();
        Set<String> seenPhones = new LinkedHashSet<>();
        for (Matcher m = PHONE.matcher(text); m.find(); ) {
            String number = m.group().trim();
            int digits = number.replaceAll("\\D", "").length();
            if (digits <= 15 && digits >= (number.startsWith("+") ? 8 : 9) && seenPhones.add(number)) {
                phones.add(new Phone("other", number));
            }
        }
        Set<String> links = new LinkedHashSet<>();
        for (Matcher m = LINK.matcher(EMAIL.matcher(text).replaceAll(" ")); m.find(); ) {
            links.add(m.group().replaceAll("[.,;:]+$", ""));
        }
        return new ResumeFacts(name(text), List.copyOf(emails), List.copyOf(phones), List.copyOf(links));
    }

    /** Among the first lines, one of two to four capitalised words, without digits or '@'. */
    private static String name(String text) {
        int seen = 0;
        for (String line : text.split("\\R")) {
            String candidate = line.strip().replaceAll("\\s+", " ");
            if (candidate.isEmpty()) {
                continue;
            }
            if (NAME.matcher(candidate).matches() && !HEADINGS.contains(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
            if (++seen == NAME_LINES) {
                break;
            }
        }
        return null;
    }

    /** Puts each fact into {@code fields} (Lever's create JSON) where the request left that field empty. */
    void fillEmpty(ObjectNode fields) {
        if (name != null && CreateForm.isEmpty(fields.get("name"))) {
            fields.put("name", name);
        }
        if (!emails.isEmpty() && CreateForm.isEmpty(fields.get("emails"))) {
            ArrayNode array = fields.putArray("emails");
            emails.forEach(array::add);
        }
        if (!phones.isEmpty() && CreateForm.isEmpty(fields.get("phones"))) {
            ArrayNode array = fields.putArray("phones");
            phones.forEach(p -> array.addObject().put("type", p.type()).put("value", p.value()));
        }
        if (!links.isEmpty() && CreateForm.isEmpty(fields.get("links"))) {
            ArrayNode array = fields.putArray("links");
            links.forEach(array::add);
        }
    }
}
