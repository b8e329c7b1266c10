package org.prawat.ui.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.security.Role;
import org.prawat.infra.security.AccessPolicy;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestAccounts;
import org.prawat.ui.account.AccountService;
import org.prawat.ui.account.NewAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 6, acceptance 1 (through the HTTP API): each account role sends every request of {@link
 * HttpMatrixRows} at a fixture of its own in its own unit; exactly the endpoints {@link AccessPolicy}
 * (or, for the rebuild, the filter chain) allows answer 2xx, every other one 403 with its reason in
 * Thai and English, and nothing answers without credentials. The handler half is AccessMatrixIT.
 */
@PrawatIntegrationTest
class HttpAccessMatrixIT {

    /** The roles a person's account can have; SYSTEM is the application itself and has no account. */
    private static final List<Role> ACCOUNT_ROLES =
            List.of(Role.HR_OFFICER, Role.MANAGER, Role.AUDITOR, Role.EMPLOYEE, Role.ADMINISTRATOR);

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final Duration REBUILD_PATIENCE = Duration.ofMinutes(3);

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_endpoint_of_the_http_api_has_a_row_in_the_matrix_and_every_row_an_endpoint() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(mapping -> mapping.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> mapping.getMethodsCondition()
                        .getMethods()
                        .forEach(method -> endpoints.add(method + " " + pattern))));
        Set<String> rows = new TreeSet<>();
        HttpMatrixRows.ROWS.forEach(row -> rows.add(row.method() + " " + row.pattern()));

        assertThat(endpoints).as("HTTP API endpoints found").hasSizeGreaterThan(40);
        assertThat(endpoints)
                .as("endpoints without a row: decide who may use them")
                .isSubsetOf(rows);
        assertThat(rows).as("rows without an endpoint").isSubsetOf(endpoints);
    }

    @Test
    void every_role_gets_2xx_from_exactly_what_it_may_use_and_403_in_thai_and_english_from_the_rest() {
        var api = new ApiClient(http, jdbc, accounts);
        String unit = api.unit("องค์การบริหารส่วนตำบลท่าข้าม");
        List<String> wrong = new ArrayList<>();
        Map<Role, String> accountOf = new EnumMap<>(Role.class);
        HttpMatrixFixture fixture = null;
        for (Role role : ACCOUNT_ROLES) {
            fixture = HttpMatrixFixture.build(api, unit);
            accountOf.put(role, account(role, unit, fixture));
            for (HttpMatrixRow row : HttpMatrixRows.ROWS) {
                if (!row.startsBackgroundWork()) {
                    mismatch(role, row, send(row, fixture, accountOf.get(role))).ifPresent(wrong::add);
                }
            }
        }
        for (Role role : ACCOUNT_ROLES) {
            for (HttpMatrixRow row : HttpMatrixRows.ROWS) {
                if (row.startsBackgroundWork()) {
                    mismatch(role, row, send(row, fixture, accountOf.get(role))).ifPresent(wrong::add);
                }
            }
        }
        awaitNoRebuildRunning(accountOf.get(Role.ADMINISTRATOR));

        assertThat(wrong).as("role, request → answer (expected)").isEmpty();
    }

    @Test
    void without_credentials_every_endpoint_answers_401() {
        var nowhere = HttpMatrixFixture.nowhere();
        List<String> wrong = new ArrayList<>();
        for (HttpMatrixRow row : HttpMatrixRows.ROWS) {
            var answer = send(row, nowhere, null);
            if (answer.getStatusCode() != HttpStatus.UNAUTHORIZED) {
                wrong.add("anonymous " + row + " → " + answer.getStatusCode().value() + " (expected 401)");
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** An account of {@code role} scoped to the test's unit; the record owner's is the pass's employee. */
    private String account(Role role, String unit, HttpMatrixFixture fixture) {
        String name = "matrix." + role.name().toLowerCase().replace('_', '-') + "." + unit;
        return switch (role) {
                // Administrators shape the whole tree: an administrator's account has no unit.
            case ADMINISTRATOR -> TestAccounts.ensure(accounts, name, role, null);
            case EMPLOYEE -> {
                String owner = "matrix.owner." + fixture.employee();
                accounts.open(
                        new NewAccount(owner, role, new OrganisationUnitId(unit), new EmployeeId(fixture.employee())),
                        TestAccounts.PASSWORD);
                yield owner;
            }
            default -> TestAccounts.ensure(accounts, name, role, new OrganisationUnitId(unit));
        };
    }

    private ResponseEntity<String> send(HttpMatrixRow row, HttpMatrixFixture fixture, String account) {
        var headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, CSV));
        if (account != null) {
            TestAccounts.basic(headers, account);
        }
        String body = row.body().apply(fixture);
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.exchange(row.uri(fixture), row.method(), new HttpEntity<>(body, headers), String.class);
    }

    private static Optional<String> mismatch(Role role, HttpMatrixRow row, ResponseEntity<String> answer) {
        int status = answer.getStatusCode().value();
        String seen = role + " " + row + " → " + status;
        if (row.allowed().contains(role)) {
            boolean past = answer.getStatusCode().is2xxSuccessful()
                    || (row.startsBackgroundWork() && status == HttpStatus.CONFLICT.value());
            return past ? Optional.empty() : Optional.of(seen + " (expected 2xx) " + reason(answer));
        }
        if (status != HttpStatus.FORBIDDEN.value()) {
            return Optional.of(seen + " (expected 403) " + reason(answer));
        }
        return inThaiAndEnglish(answer)
                ? Optional.empty()
                : Optional.of(seen + " (expected 403 with Thai and English text) " + answer.getBody());
    }

    private static boolean inThaiAndEnglish(ResponseEntity<String> answer) {
        try {
            String thai = JsonPath.read(answer.getBody(), "$.thai");
            String english = JsonPath.read(answer.getBody(), "$.english");
            return thai.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.THAI)
                    && english.codePoints().anyMatch(Character::isLetter);
        } catch (RuntimeException notAProblemBody) {
            return false;
        }
    }

    private static String reason(ResponseEntity<String> answer) {
        try {
            return JsonPath.read(answer.getBody(), "$.english");
        } catch (RuntimeException notAProblemBody) {
            String body = String.valueOf(answer.getBody());
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
    }

    /** A rebuild left running would pause the projections under the next test class. */
    private void awaitNoRebuildRunning(String administrator) {
        var headers = new HttpHeaders();
        TestAccounts.basic(headers, administrator);
        long deadline = System.nanoTime() + REBUILD_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            var progress = http.exchange(
                    "/api/admin/rebuilds/current", HttpMethod.GET, new HttpEntity<>(headers), String.class);
            String state = JsonPath.read(progress.getBody(), "$.state");
            if (!state.equals("RUNNING") && !state.equals("SWITCHING")) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
