package fi.saatava.worker.letters.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import fi.saatava.worker.kit.task.PermanentFailureException;
import fi.saatava.worker.letters.gateway.LetterSnapshot;

/**
 * Renders a letter snapshot to PDF: Thymeleaf fills the one XHTML template with the snapshot and the texts of the
 * debtor's language, openhtmltopdf lays it out on A4 with an embedded Liberation Sans (so ä, ö and å print
 * everywhere and the text can be extracted).
 */
public class LetterRenderer {

    private static final String BASE = "fi/saatava/worker/letters/";
    private static final String FONT_FAMILY = "Liberation Sans";

    private final TemplateEngine templates = new TemplateEngine();
    private final LetterTexts texts;

    public LetterRenderer(LetterTexts texts) {
        this.texts = texts;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(LetterRenderer.class.getClassLoader());
        resolver.setPrefix(BASE + "templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(resolver);
        templates.setMessageResolver(new MessageSourceMessageResolver(texts.messageSource()));
    }

    public byte[] render(LetterSnapshot letter) {
        return pdf(html(letter));
    }

    /** The filled-in XHTML, before layout. */
    String html(LetterSnapshot letter) {
        LetterLanguage language = LetterLanguage.of(letter.language());
        Context context = new Context(language.locale(), Map.of("letter", letter, "kind", LetterKind.of(letter.type()),
                "fmt", new LetterFormatter(language, texts)));
        try {
            return templates.process("letter", context);
        } catch (RuntimeException e) {
            throw new PermanentFailureException("Cannot fill the template of letter " + letter.letterId() + " ("
                    + letter.type() + ", " + letter.language() + ")", e);
        }
    }

    private static byte[] pdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("LiberationSans-Regular.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("LiberationSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lay out the letter", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream font = LetterRenderer.class.getClassLoader().getResourceAsStream(BASE + "fonts/" + file);
        if (font == null) {
            throw new IllegalStateException("Font " + file + " is missing from the letters worker");
        }
        return font;
    }
}
