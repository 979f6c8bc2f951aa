package org.labourhub.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. Reading published pages is open to everyone; every write needs a signed-in account, and
 * each module's policy then decides whether this account may make this change. Forms carry CSRF tokens (in the
 * form body or a header, never in a URL). Behind a TLS proxy that the README's trusted proxies name, requests are
 * seen as secure, so HSTS is sent and cookies are marked Secure.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static CookieCsrfTokenRepository csrfTokens() {
        var tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName("LABOURHUB-CSRF");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .requestMatchers("/audit/**").hasAnyRole("ADMIN", "SECRETARIAT")
                .requestMatchers("/me/**").authenticated()
                .requestMatchers(HttpMethod.GET, "/**").permitAll()
                .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                .requestMatchers("/login", "/error").permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .failureHandler((request, response, failure) -> response.sendRedirect(
                        request.getContextPath() + "/login?error=" + (failure instanceof ThrottledSignIn.Throttled t
                                ? "throttled&wait=" + Math.max(1, t.getWait().toSeconds()) : "bad")))
                .permitAll())
            // the token lives in a cookie, not in a session: anonymous readers get no session at all; pages
            // carry the token only for signed-in accounts and on the sign-in form
            .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
            // where to return after signing in is remembered in a cookie too, so that an anonymous request for a
            // page that needs an account creates no session either
            .requestCache(cache -> cache.requestCache(new CookieRequestCache()))
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
