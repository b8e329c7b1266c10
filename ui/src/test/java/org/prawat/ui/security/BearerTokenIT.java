package org.prawat.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestAccounts;
import org.prawat.ui.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Where an identity provider is configured (the tests configure one by its public key, as
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location} would in production), another
 * system calls the HTTP API with a bearer token instead of a password. The token only says who it is:
 * what that account may do is the local account's role and scope, whatever the token claims.
 */
@PrawatIntegrationTest
class BearerTokenIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    AccountService accounts;

    @Test
    void a_token_naming_an_account_reads_with_that_accounts_rights() throws Exception {
        String hr = TestAccounts.hrOfficer(accounts, "hr.token-reader");
        var search = get("/api/search?q=อบรม", token(hr, Instant.now().plusSeconds(300), issuerKey()));
        assertThat(search.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(search.getBody()).contains("\"hits\"");
    }

    @Test
    void a_token_cannot_raise_the_role_its_account_has() throws Exception {
        String hr = TestAccounts.hrOfficer(accounts, "hr.token-climber");
        var claims = Map.<String, Object>of("roles", List.of("ADMINISTRATOR"), "scope", "admin");
        var response = post(
                "/api/organisation-units",
                "{\"name\":\"กองยุทธศาสตร์\",\"kind\":\"DIVISION\"}",
                token(hr, Instant.now().plusSeconds(300), issuerKey(), claims));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody())
                .contains("สิทธิ์ของท่านไม่อนุญาตให้")
                .contains("Your role does not allow you to");
    }

    @Test
    void expired_foreign_unknown_and_disabled_tokens_are_refused_in_thai_and_english() throws Exception {
        String hr = TestAccounts.hrOfficer(
                accounts, "hr.token-" + UUID.randomUUID().toString().substring(0, 8));
        var expired = token(hr, Instant.now().minusSeconds(60), issuerKey());
        var foreign = token(hr, Instant.now().plusSeconds(300), otherKey());
        var unknown = token("nobody-" + UUID.randomUUID(), Instant.now().plusSeconds(300), issuerKey());
        var valid = token(hr, Instant.now().plusSeconds(300), issuerKey());
        assertThat(get("/api/search?q=อบรม", valid).getStatusCode()).isEqualTo(HttpStatus.OK);
        accounts.disable(hr);
        for (String token : List.of(expired, foreign, unknown, valid)) {
            var response = get("/api/search?q=อบรม", token);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getBody()).contains("กรุณายืนยันตัวตน").contains("Authenticate with");
        }
    }

    private ResponseEntity<String> get(String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), String.class);
    }

    private ResponseEntity<String> post(String path, String json, String token) {
        var headers = headers(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
    }

    private static HttpHeaders headers(String token) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }

    private static String token(String account, Instant expires, KeyPair key) {
        return token(account, expires, key, Map.of());
    }

    private static String token(String account, Instant expires, KeyPair key, Map<String, Object> extra) {
        var claims = JwtClaimsSet.builder()
                .issuer("https://sso.example/realms/prawat")
                .subject(UUID.randomUUID().toString())
                .claim("preferred_username", account)
                .issuedAt(expires.minusSeconds(600))
                .expiresAt(expires)
                .claims(all -> all.putAll(extra))
                .build();
        var jwk = new com.nimbusds.jose.jwk.RSAKey.Builder(key.publicKey())
                .privateKey(key.privateKey())
                .build();
        var encoder = new NimbusJwtEncoder(
                new com.nimbusds.jose.jwk.source.ImmutableJWKSet<>(new com.nimbusds.jose.jwk.JWKSet(jwk)));
        return encoder.encode(JwtEncoderParameters.from(claims)).getTokenValue();
    }

    private record KeyPair(RSAPublicKey publicKey, RSAPrivateKey privateKey) {}

    /** The test identity provider's key pair (its public half is configured in PrawatIntegrationTest). */
    private static KeyPair issuerKey() throws Exception {
        var keys = KeyFactory.getInstance("RSA");
        return new KeyPair(
                (RSAPublicKey) keys.generatePublic(new X509EncodedKeySpec(pem("bearer/test-issuer-public.pem"))),
                (RSAPrivateKey) keys.generatePrivate(new PKCS8EncodedKeySpec(pem("bearer/test-issuer-private.pem"))));
    }

    private static KeyPair otherKey() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        return new KeyPair((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
    }

    private static byte[] pem(String resource) throws Exception {
        String text = new ClassPathResource(resource).getContentAsString(StandardCharsets.US_ASCII);
        return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
    }
}
