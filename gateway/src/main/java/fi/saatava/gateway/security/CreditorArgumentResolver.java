package fi.saatava.gateway.security;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives controller methods the {@link AuthenticatedCreditor} that {@link BearerKeyFilter} found. */
class CreditorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == AuthenticatedCreditor.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        Object creditor = request.getAttribute(BearerKeyFilter.CREDITOR_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (creditor == null) {
            throw new IllegalStateException("No authenticated creditor: is " + parameter.getMethod()
                    + " outside the bearer-protected /api/v1 paths?");
        }
        return creditor;
    }
}
