package org.labourhub;

import org.junit.jupiter.api.Test;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.platform.Constituency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every write endpoint of the application, found in its own request mappings, tried as every kind of actor: the
 * outcome must be the one {@link MatrixRules} gives. A refusal is a 403 (anonymous readers are sent to sign in);
 * an allowed request may be answered with a page, a redirect or a validation error, but never with a refusal.
 * Allowed requests carry a stale version or an incomplete form where they would otherwise change or delete
 * something, and run against records made for the matrix ({@link MatrixRecords}), so the demo data stays as it was.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AuthorisationMatrixTest {

    /** The actors every endpoint is tried as, relative to the record's country and constituency. */
    enum Who {
        ANONYMOUS, OWN, OTHER_COUNTRY, OTHER_CONSTITUENCY, ANALYST, SECRETARIAT, ADMIN;

        RequestPostProcessor as(String country, Constituency constituency) {
            return switch (this) {
                case ANONYMOUS -> anonymous();
                case OWN -> SignedIn.focalPoint("matrix.own", country, constituency);
                case OTHER_COUNTRY -> SignedIn.focalPoint("matrix.abroad", "GT".equals(country) ? "PE" : "GT", constituency);
                case OTHER_CONSTITUENCY -> SignedIn.focalPoint("matrix.other", country,
                        constituency == Constituency.GOVERNMENT ? Constituency.WORKERS : Constituency.GOVERNMENT);
                case ANALYST -> SignedIn.as("matrix.analyst", Role.ANALYST);
                case SECRETARIAT -> SignedIn.as("matrix.secretariat", Role.SECRETARIAT);
                case ADMIN -> SignedIn.as("matrix.admin", Role.ADMIN);
            };
        }
    }

    private static final Set<RequestMethod> WRITES = EnumSet.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyWriteEndpointHasAnAuthorisationRule() {
        Set<String> rules = MatrixRules.keys();
        var missing = new ArrayList<String>();
        for (String endpoint : writeEndpoints()) {
            if (!rules.contains(endpoint)) {
                missing.add("new endpoint " + endpoint + " has no authorisation rule in " + MatrixRules.class.getSimpleName());
            }
        }
        assertThat(missing).isEmpty();
        assertThat(rules).as("rules of endpoints that no longer exist").isSubsetOf(writeEndpoints());
    }

    @Test
    void everyWriteEndpointRefusesWhomItsRuleRefusesAndAdmitsTheOthers() throws Exception {
        var rules = new MatrixRules(new MatrixRecords(mvc, jdbc)).all();
        var wrong = new ArrayList<String>();
        int tried = 0;
        for (String endpoint : writeEndpoints()) {
            MatrixRules.Rule rule = rules.get(endpoint);
            if (rule == null) {
                continue; // reported by everyWriteEndpointHasAnAuthorisationRule
            }
            for (Who who : Who.values()) {
                var request = rule.request().build().with(csrf())
                        .with(who.as(rule.country(), rule.constituency()));
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                tried++;
                String problem = problem(rule.allowed().contains(who), who, response);
                if (problem != null) {
                    wrong.add(endpoint + " as " + who + ": " + problem);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(tried).as("requests tried").isEqualTo(rules.size() * Who.values().length);
    }

    /** What is wrong with this answer, or null when it is the one the rule asks for. */
    private static String problem(boolean allowed, Who who, MockHttpServletResponse response) {
        int status = response.getStatus();
        String redirect = response.getRedirectedUrl();
        boolean toSignIn = status == 302 && redirect != null && redirect.endsWith("/login");
        if (!allowed) {
            boolean refused = who == Who.ANONYMOUS ? toSignIn : status == 403;
            return refused ? null : "expected a refusal, got " + status + (redirect == null ? "" : " → " + redirect);
        }
        if (status == 403 || toSignIn || status == 404 || status >= 500) {
            return "expected to be allowed, got " + status + (redirect == null ? "" : " → " + redirect);
        }
        return null;
    }

    /** "POST /path/{pattern}" for every handler method of the application that writes. */
    private Set<String> writeEndpoints() {
        var endpoints = new TreeSet<String>();
        for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getPackageName().startsWith("org.labourhub")) {
                continue;
            }
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern); // answers every method: it needs a rule too
                }
                methods.stream().filter(WRITES::contains).forEach(m -> endpoints.add(m + " " + pattern));
            }
        }
        return endpoints;
    }

    /** Builds the request of one endpoint afresh for each actor (some make a record to act on first). */
    @FunctionalInterface
    interface RequestFactory {
        AbstractMockHttpServletRequestBuilder<?> build() throws Exception;
    }

    static MockHttpServletRequestBuilder form(String path, String... pairs) {
        MockHttpServletRequestBuilder request = post(path);
        for (int i = 0; i < pairs.length; i += 2) {
            request.param(pairs[i], pairs[i + 1]);
        }
        return request;
    }

    static AbstractMockHttpServletRequestBuilder<?> upload(String path, String name) {
        return multipart(path).file(new MockMultipartFile("file", name, "application/octet-stream", new byte[0]));
    }

}
