package fi.saatava.worker.letters.render;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The letters' texts in every language ({@code i18n/letters_<lang>.properties}): the PDF template and the e-mail
 * that carries a letter read the same bundle, so a translation lives in one place.
 */
public class LetterTexts {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    public LetterTexts() {
        messages.setBasename("fi/saatava/worker/letters/i18n/letters");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
    }

    public String text(LetterLanguage language, String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }

    MessageSource messageSource() {
        return messages;
    }
}
