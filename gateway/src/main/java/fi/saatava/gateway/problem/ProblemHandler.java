package fi.saatava.gateway.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the gateway's own APIs as {@code application/problem+json} (RFC 9457): {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance} and, for bad input, {@code errors: [{field, message}]}.
 */
// Not restricted to the gateway's controllers: a request that matches no handler (a Content-Type or method the
// endpoint does not take, an unknown path) has no controller yet, and an advice restricted to packages never sees it.
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final String WRONG_FORMAT = "has the wrong type or format (dates are yyyy-MM-dd)";

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ObjectError error : exception.getBindingResult().getAllErrors()) {
            String field = error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName();
            boolean unconvertible = error instanceof FieldError fieldError && fieldError.isBindingFailure();
            problems.add(new FieldProblem(field, unconvertible ? WRONG_FORMAT : error.getDefaultMessage()));
        }
        return handleExceptionInternal(exception, ProblemResponses.invalidRequest(problems), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    /** Constraints on query or path parameters, e.g. a page size out of range. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ParameterValidationResult result : exception.getParameterValidationResults()) {
            String field = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> problems.add(new FieldProblem(
                    field == null ? "parameter" : field, error.getDefaultMessage())));
        }
        return handleExceptionInternal(exception, ProblemResponses.invalidRequest(problems), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    /** A query or path parameter that cannot be converted, e.g. a date that is not yyyy-MM-dd. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = exception instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : exception.getPropertyName();
        return handleExceptionInternal(exception, ProblemResponses.invalidRequest(List.of(
                new FieldProblem(field == null ? "parameter" : field, WRONG_FORMAT))), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    /** A body in a format the endpoint does not read; the problem (and the Accept header) name the ones it does. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = exception.getBody();
        problem.setType(ProblemTypes.UNSUPPORTED_MEDIA_TYPE);
        // As sent: a Content-Type Spring could not parse (e.g. an unknown charset) is not in the exception.
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        problem.setDetail("Content-Type '" + (contentType == null ? "" : contentType) + "' is not supported here; "
                + "send one of " + MediaType.toString(exception.getSupportedMediaTypes()));
        return super.handleHttpMediaTypeNotSupported(exception, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(exception, JsonProblems.of(exception), headers, HttpStatus.BAD_REQUEST,
                request);
    }

    /** Anything unexpected: logged with its stack trace, answered without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception exception, WebRequest request) {
        log.error("Request {} failed", path(request), exception);
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemTypes.INTERNAL_ERROR, "Internal error",
                "The request could not be completed and nothing was changed; try again later");
        return handleExceptionInternal(exception, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getInstance() == null) {
            problem.setInstance(URI.create(path(request)));
        }
        return super.handleExceptionInternal(exception, body, headers, status, request);
    }

    private static String path(WebRequest request) {
        HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        return servletRequest == null ? "" : servletRequest.getRequestURI();
    }
}
