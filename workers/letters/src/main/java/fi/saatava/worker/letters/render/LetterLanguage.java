package fi.saatava.worker.letters.render;

import java.util.Arrays;
import java.util.Locale;

import fi.saatava.worker.kit.task.PermanentFailureException;

/** The languages letters are written in: the debtor's language from the snapshot. */
public enum LetterLanguage {
    FI(Locale.forLanguageTag("fi-FI")),
    SV(Locale.forLanguageTag("sv-FI")),
    /** British conventions for numbers and dates in English letters ("€1,234.50", "5 December 2025"). */
    EN(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    LetterLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The language of a snapshot's {@code language} code ({@code fi}, {@code sv}, {@code en}). */
    public static LetterLanguage of(String code) {
        return Arrays.stream(values())
                .filter(l -> l.code().equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(() -> new PermanentFailureException("No letter texts in language '" + code + "'"));
    }
}
