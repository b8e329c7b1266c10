package org.prawat.ui.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.prawat.api.security.AccessDenied;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * An authenticated request to {@code /api} that the filter chain refuses by role (starting a rebuild
 * is a service call no bus checks): 403 as the same RFC 9457 problem, in Thai and English, with the
 * same code as a refusal by the server's access check. Spring's default answer has neither language.
 */
@Component
class ApiAccessDeniedHandler implements AccessDeniedHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void handle(
            HttpServletRequest request,
            HttpServletResponse response,
            org.springframework.security.access.AccessDeniedException refused)
            throws IOException {
        var denied = new AccessDenied("ใช้บริการของผู้ดูแลระบบนี้", "use this administrative service");
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.FORBIDDEN.getReasonPhrase());
        problem.put("status", HttpStatus.FORBIDDEN.value());
        problem.put("detail", denied.thai() + " / " + denied.english());
        problem.put("instance", request.getRequestURI());
        problem.put("code", denied.code());
        problem.put("thai", denied.thai());
        problem.put("english", denied.english());
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
