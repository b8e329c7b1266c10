package org.prawat.ui.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.security.Role;
import org.prawat.ui.TestAccounts;
import org.prawat.ui.TestEmployees;
import org.prawat.ui.account.AccountService;
import org.prawat.ui.account.NewAccount;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.UriUtils;

/**
 * What the HTTP tests do over and over: post JSON as an account (HTTP Basic), read the id back, list
 * stored events.
 */
public final class ApiClient {

    public static final String HR = "hr.officer";

    private final TestRestTemplate http;
    private final JdbcTemplate jdbc;
    private final AccountService accounts;

    public ApiClient(TestRestTemplate http, JdbcTemplate jdbc, AccountService accounts) {
        this.http = http;
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    public ResponseEntity<String> post(String path, String json) {
        return post(path, HR, null, json);
    }

    public ResponseEntity<String> post(String path, String user, String reason, String json) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        if (user != null && path.startsWith("/api/organisation-units")) {
            // The organisation tree is the administrator's (AccessPolicy).
            TestAccounts.basic(headers, TestAccounts.ensure(accounts, "units.admin", Role.ADMINISTRATOR, null));
        } else if (user != null) {
            TestAccounts.basic(headers, TestAccounts.hrOfficer(accounts, user));
        }
        if (reason != null) {
            headers.set(Caller.REASON_HEADER, UriUtils.encode(reason, StandardCharsets.UTF_8));
        }
        return http.postForEntity(path, new HttpEntity<>(json, headers), String.class);
    }

    /**
     * GETs {@code path} as an auditor of {@code scopeUnit}'s subtree, or as the HR officer who sees
     * everything when it is null.
     */
    public ResponseEntity<String> get(String path, String scopeUnit) {
        return http.exchange(path, HttpMethod.GET, reader(scopeUnit), String.class);
    }

    public ResponseEntity<String> get(java.net.URI path, String scopeUnit) {
        return http.exchange(path, HttpMethod.GET, reader(scopeUnit), String.class);
    }

    /** POSTs as the record owner of {@code employeeId} (their own account, opened on first use). */
    public ResponseEntity<String> postAsOwner(String path, String employeeId, String json) {
        String owner = "owner-" + employeeId;
        if (!accounts.exists(owner)) {
            accounts.open(
                    new NewAccount(owner, Role.EMPLOYEE, null, new EmployeeId(employeeId)), TestAccounts.PASSWORD);
        }
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        TestAccounts.basic(headers, owner);
        return http.postForEntity(path, new HttpEntity<>(json, headers), String.class);
    }

    /** GETs {@code path} as an auditor of {@code scopeUnit}'s subtree, or of everything when it is null. */
    public ResponseEntity<String> getAsAuditor(String path, String scopeUnit) {
        var headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        TestAccounts.basic(
                headers,
                scopeUnit == null
                        ? TestAccounts.ensure(accounts, "auditor", Role.AUDITOR, null)
                        : TestAccounts.auditorOf(accounts, scopeUnit));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private HttpEntity<Void> reader(String scopeUnit) {
        var headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        String account =
                scopeUnit == null ? TestAccounts.hrOfficer(accounts, HR) : TestAccounts.auditorOf(accounts, scopeUnit);
        TestAccounts.basic(headers, account);
        return new HttpEntity<>(headers);
    }

    /** A unit directly under a new ministry. */
    public String unit(String name) {
        String ministry =
                created(post("/api/organisation-units", "{\"name\":\"กระทรวงมหาดไทย\",\"kind\":\"MINISTRY\"}"));
        return created(post(
                "/api/organisation-units",
                """
                {"name":"%s","kind":"ORGANISATION","parentId":"%s"}""".formatted(name, ministry)));
    }

    /** A newly registered employee of {@code unit}, appointed on 1 Oct 2020; returns the id. */
    public String employee(String unit, String firstName) {
        return created(post(
                "/api/employees",
                """
                {"nationalId":"%s","title":"นางสาว","firstName":"%s","lastName":"%s","unitId":"%s",
                 "personnelType":"SUBDISTRICT_STAFF","position":"นักทรัพยากรบุคคล","level":"ปฏิบัติการ","appointedOn":"2020-10-01"}"""
                        .formatted(TestEmployees.newNationalId(), firstName, TestEmployees.newSurname(), unit)));
    }

    /** The simple names of the events stored for one aggregate, in order. */
    public List<String> eventTypes(String aggregateId) {
        return jdbc
                .queryForList(
                        "SELECT payload_type FROM event_journal WHERE aggregate_identifier = ? ORDER BY sequence_number",
                        String.class,
                        aggregateId)
                .stream()
                .map(type -> type.replaceAll(".*\\.", ""))
                .toList();
    }

    public static void noContent(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    public static String created(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return JsonPath.read(response.getBody(), "$.id");
    }

    /** Asserts a refusal by a business rule, as problem+json in Thai and English; returns the Thai message. */
    public static String refused(ResponseEntity<String> response, String code) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((String) JsonPath.read(response.getBody(), "$.code")).isEqualTo(code);
        assertThat((String) JsonPath.read(response.getBody(), "$.english")).isNotBlank();
        return JsonPath.read(response.getBody(), "$.thai");
    }
}
