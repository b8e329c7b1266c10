package org.prawat.ui.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.prawat.api.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the HTTP API as an RFC 9457 problem (application/problem+json) with its message
 * in Thai and English; never a stack trace. Rule violations keep their stable {@code code}.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    /** The server's access check refused the sender ({@link org.prawat.api.security.AccessDenied}). */
    private static final String ACCESS_DENIED = "access.denied";

    /** Rule codes that mean "this was recorded before": a conflict with what exists, not a bad request. */
    private static final Set<String> CONFLICT_CODES = Set.of(
            "national-id.duplicate",
            "organisation-unit.exists",
            "training.exists",
            "training.report-exists",
            "evaluation.duplicate-id",
            "evaluation.round-taken",
            "evaluation.already-acknowledged");

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation violation) {
        var problem = problem(status(violation.code()), violation.thai(), violation.english());
        problem.setProperty("code", violation.code());
        return problem;
    }

    @ExceptionHandler(JSR303ViolationException.class)
    ProblemDetail invalidCommand(JSR303ViolationException invalid) {
        List<Map<String, String>> errors = invalid.getViolations().stream()
                .map(v -> Map.of("field", fieldOf(v.getPropertyPath()), "message", v.getMessage()))
                .sorted(Comparator.comparing(error -> error.get("field")))
                .toList();
        var problem = problem(
                HttpStatus.BAD_REQUEST,
                "ข้อมูลไม่ครบถ้วนหรือไม่ถูกต้อง กรุณาแก้ไขช่องที่ระบุ",
                "The request is incomplete or invalid: correct the fields listed");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(RequestRefused.class)
    ProblemDetail refused(RequestRefused refused) {
        var problem = problem(refused.status(), refused.thai(), refused.english());
        problem.setProperty("code", refused.code());
        return problem;
    }

    @ExceptionHandler(MissingCaller.class)
    ProblemDetail noCaller() {
        return problem(HttpStatus.UNAUTHORIZED, MissingCaller.THAI, MissingCaller.ENGLISH);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException notFound) {
        var problem = problem(
                HttpStatus.NOT_FOUND,
                "ไม่พบรายการรหัส " + notFound.getAggregateIdentifier(),
                "Nothing is recorded under id " + notFound.getAggregateIdentifier());
        problem.setProperty("code", "not-found");
        return problem;
    }

    /** A query answered through {@code join()}: a refusal inside it is still a refusal. */
    @ExceptionHandler(CompletionException.class)
    ProblemDetail queryFailed(CompletionException failure, WebRequest request) {
        return failure.getCause() instanceof RuleViolation violation
                ? ruleViolated(violation)
                : unexpected(failure, request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, WebRequest request) {
        log.error("Unexpected failure answering {}", request.getDescription(false), e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "ระบบขัดข้อง ไม่ได้บันทึกสิ่งใด กรุณาลองใหม่หรือแจ้งผู้ดูแลระบบ",
                "Something went wrong and nothing was recorded; try again or tell the administrator");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        var problem = problem(
                HttpStatus.BAD_REQUEST,
                "อ่านข้อมูลที่ส่งมาไม่ได้ กรุณาส่ง JSON ที่ถูกต้องตามรูปแบบ",
                "The request body could not be read: send well-formed JSON of the documented shape");
        return handleExceptionInternal(unreadable, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException mismatch, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = mismatch.getPropertyName();
        var problem = problem(
                HttpStatus.BAD_REQUEST,
                "ค่าของ " + name + " ไม่ถูกต้อง: " + mismatch.getValue(),
                "The value of " + name + " is not valid: " + mismatch.getValue());
        return handleExceptionInternal(mismatch, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static HttpStatus status(String code) {
        if (code.equals(ACCESS_DENIED)) {
            return HttpStatus.FORBIDDEN;
        }
        return CONFLICT_CODES.contains(code) ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
    }

    private static ProblemDetail problem(HttpStatus status, String thai, String english) {
        var problem = ProblemDetail.forStatusAndDetail(status, thai + " / " + english);
        problem.setProperty("thai", thai);
        problem.setProperty("english", english);
        return problem;
    }

    /** The field as the request names it: {@code training.trainers[0]}, without the validator's {@code <list element>}. */
    private static String fieldOf(jakarta.validation.Path path) {
        return path.toString().replace(".<list element>", "");
    }
}
