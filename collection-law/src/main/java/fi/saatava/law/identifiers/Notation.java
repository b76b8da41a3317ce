package fi.saatava.law.identifiers;

import java.util.Locale;

/** The written forms shared by IBAN and RF references: compact upper case, and groups of four for printing. */
final class Notation {

    private Notation() {
    }

    static String compactUpperCase(String text) {
        return text.replace(" ", "").trim().toUpperCase(Locale.ROOT);
    }

    static String groupsOfFour(String text) {
        return String.join(" ", compactUpperCase(text).split("(?<=\\G.{4})"));
    }
}
