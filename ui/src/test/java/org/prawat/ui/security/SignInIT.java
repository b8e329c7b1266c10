package org.prawat.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prawat.api.security.Role;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestAccounts;
import org.prawat.ui.TestEmployees;
import org.prawat.ui.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Who gets in through the HTTP API and the pages, and what every answer's headers allow. */
@PrawatIntegrationTest
class SignInIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    AccountService accounts;

    @LocalServerPort
    int port;

    @Test
    void the_api_refuses_a_request_without_credentials_with_a_thai_and_english_problem() {
        var refused = search(new HttpHeaders());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat((String) JsonPath.read(refused.getBody(), "$.thai")).contains("กรุณายืนยันตัวตน");
        assertThat(refused.getHeaders().get(HttpHeaders.SET_COOKIE))
                .as("stateless")
                .isNull();
    }

    @Test
    void a_service_account_with_http_basic_is_answered_and_gets_no_session() {
        var headers = new HttpHeaders();
        TestAccounts.basic(headers, TestAccounts.hrOfficer(accounts, "service.hr"));

        var answered = search(headers);

        assertThat(answered.getStatusCode()).as(answered.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(answered.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void only_administrators_and_auditors_may_start_a_rebuild() {
        var headers = new HttpHeaders();
        TestAccounts.basic(headers, TestAccounts.hrOfficer(accounts, "service.hr"));

        var refused = http.exchange("/api/admin/rebuilds", HttpMethod.POST, new HttpEntity<>(headers), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void a_wrong_password_is_refused() {
        String account = TestAccounts.hrOfficer(accounts, "wrong.password");
        var headers = new HttpHeaders();
        headers.setBasicAuth(account, "not-the-password-at-all");

        assertThat(search(headers).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void five_wrong_passwords_in_a_row_lock_the_account_even_against_the_right_one() {
        String account = "throttled." + TestEmployees.newNationalId();
        TestAccounts.hrOfficer(accounts, account);
        var wrong = new HttpHeaders();
        wrong.setBasicAuth(account, "guessing-the-password");
        for (int i = 0; i < 5; i++) {
            assertThat(search(wrong).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        var right = new HttpHeaders();
        TestAccounts.basic(right, account);

        var locked = search(right);

        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat((String) JsonPath.read(locked.getBody(), "$.code")).isEqualTo("account.locked");
        assertThat((String) JsonPath.read(locked.getBody(), "$.thai")).contains("ถูกระงับ 15 นาที");
        assertThat((String) JsonPath.read(locked.getBody(), "$.english")).contains("locked for 15 minutes");
    }

    @Test
    void a_new_password_set_by_an_administrator_lifts_the_lock() {
        String account = "unlocked." + TestEmployees.newNationalId();
        TestAccounts.hrOfficer(accounts, account);
        var wrong = new HttpHeaders();
        wrong.setBasicAuth(account, "guessing-the-password");
        for (int i = 0; i < 5; i++) {
            search(wrong);
        }

        accounts.resetPassword(account, TestAccounts.PASSWORD);

        var right = new HttpHeaders();
        TestAccounts.basic(right, account);
        assertThat(search(right).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void a_disabled_account_gets_nothing() {
        String account = TestAccounts.hrOfficer(accounts, "disabled." + TestEmployees.newNationalId());
        accounts.disable(account);
        var headers = new HttpHeaders();
        TestAccounts.basic(headers, account);

        assertThat(search(headers).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void the_first_administrator_is_opened_from_the_start_up_properties() {
        var admin = accounts.all().stream()
                .filter(account -> account.name().equals("first.admin"))
                .findFirst()
                .orElseThrow();

        assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(admin.enabled()).isTrue();
        assertThat(admin.unit()).isNull();
    }

    @Test
    void a_page_and_an_api_answer_carry_the_security_headers() {
        var page = http.getForEntity("/sign-in", String.class);
        var api = search(new HttpHeaders());

        for (var answer : List.of(page, api)) {
            var headers = answer.getHeaders();
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
            assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(headers.getFirst("Permissions-Policy")).contains("camera=()");
            assertThat(headers.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
        }
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(api.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
    }

    @Test
    void a_page_without_a_session_sends_the_browser_to_sign_in() throws Exception {
        var browser = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/search"))
                .build();

        var answer = browser.send(request, java.net.http.HttpResponse.BodyHandlers.discarding());

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in"));
    }

    @Test
    void the_sign_in_form_lets_the_right_password_in_and_sends_a_wrong_one_back_with_error() throws Exception {
        String account = TestAccounts.hrOfficer(accounts, "form.user");

        var wrong = signIn(account, "not-the-password-at-all");
        var right = signIn(account, TestAccounts.PASSWORD);

        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in?error"));
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("sign-in"));
    }

    private java.net.http.HttpResponse<Void> signIn(String account, String password) throws Exception {
        var browser = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager())
                .build();
        var page = java.net.URI.create("http://localhost:" + port + "/sign-in");
        browser.send(
                java.net.http.HttpRequest.newBuilder(page).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        String form = "username=" + java.net.URLEncoder.encode(account, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
        return browser.send(
                java.net.http.HttpRequest.newBuilder(page)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
    }

    private ResponseEntity<String> search(HttpHeaders headers) {
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return http.exchange("/api/search?q=x", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
