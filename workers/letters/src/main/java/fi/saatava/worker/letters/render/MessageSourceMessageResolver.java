package fi.saatava.worker.letters.render;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * Resolves the template's {@code #{…}} and {@code #messages} from the letters' message bundle. A missing text
 * fails the rendering: a letter must never go out with a placeholder in it.
 */
class MessageSourceMessageResolver implements IMessageResolver {

    private final MessageSource messages;

    MessageSourceMessageResolver(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String getName() {
        return "letters";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        return messages.getMessage(key, parameters, context.getLocale());
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
            Object[] parameters) {
        throw new NoSuchMessageException(key, context.getLocale());
    }
}
