package org.prawat.ui.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * A request to {@code /api} without valid credentials: 401 as an RFC 9457 problem in Thai and English,
 * like every other refusal of the HTTP API, never a sign-in page. A locked account is told so.
 */
@Component
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int maxFailures;
    private final long lockMinutes;

    ApiAuthenticationEntryPoint(
            @Value("${prawat.sign-in.max-failures:5}") int maxFailures,
            @Value("${prawat.sign-in.lock-duration:15m}") Duration lock) {
        this.maxFailures = maxFailures;
        this.lockMinutes = lock.toMinutes();
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        boolean locked = refused instanceof LockedException;
        String code = locked ? "account.locked" : "authentication.required";
        String thai = locked
                ? "บัญชีนี้ถูกระงับ " + lockMinutes + " นาที เนื่องจากใส่รหัสผ่านผิดติดต่อกัน " + maxFailures + " ครั้ง"
                : "กรุณายืนยันตัวตนด้วยบัญชีบริการ (HTTP Basic) หรือโทเค็น (Bearer)";
        String english = locked
                ? "This account is locked for " + lockMinutes + " minutes after " + maxFailures
                        + " wrong passwords in a row"
                : "Authenticate with a service account (HTTP Basic) or a bearer token";
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.UNAUTHORIZED.getReasonPhrase());
        problem.put("status", HttpStatus.UNAUTHORIZED.value());
        problem.put("detail", thai + " / " + english);
        problem.put("instance", request.getRequestURI());
        problem.put("code", code);
        problem.put("thai", thai);
        problem.put("english", english);
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Prawat\", charset=\"UTF-8\"");
        // JSON is UTF-8 by definition (RFC 8259): no charset parameter, as the API's other problems.
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
