package se.styr.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sign-in and the protections every response carries. Which plans a caller may read or change is
 * decided per request by {@link Caller} in the features; here only: a write needs a signed-in
 * caller, an administration page an administrator's account.
 *
 * <p>Pages sign in with a form (or OIDC when a provider is configured) and a session; API clients
 * may send HTTP Basic instead. CSRF tokens guard every form and htmx request of a session; an API
 * request carrying its own Basic credentials, or coming without a session, needs none.
 */
@Configuration
@EnableWebSecurity
class WebSecurity {
  /** No inline scripts or styles anywhere; htmx and the site's own script come from this origin. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src"
          + " 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors"
          + " 'none'";

  @Bean
  PasswordEncoder passwordEncoder() {
    return Passwords.encoder();
  }

  @Bean
  SignInThrottle signInThrottle() {
    return new SignInThrottle(Clock.systemUTC());
  }

  @Bean
  AccountLocks accountLocks(UserStore users, AuditLog audit, TransactionOperations transactions) {
    return new AccountLocks(users, audit, transactions, Clock.systemUTC());
  }

  @Bean
  PasswordCheck passwordCheck(PasswordEncoder encoder) {
    return new PasswordCheck(encoder);
  }

  /** Signing in with a password, throttled (the only authentication provider besides OIDC). */
  @Bean
  AuthenticationProvider passwordSignIn(
      UserStore users, PasswordEncoder encoder, SignInThrottle throttle, AccountLocks locks) {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new StyrUserDetails(users));
    passwords.setPasswordEncoder(encoder);
    return new ThrottledSignIn(passwords, throttle, locks);
  }

  @Bean
  SecurityFilterChain web(
      HttpSecurity http,
      ObjectProvider<ClientRegistrationRepository> oidc,
      UserStore users,
      AuditLog audit,
      TransactionOperations transactions)
      throws Exception {
    RequestMatcher api =
        request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    // An API client sends its own credentials, or none (then it is refused with 401, not a CSRF
    // 403).
    // A request of a session (whose cookie a browser sends along) needs the token, on pages even
    // with Basic.
    RequestMatcher apiClient =
        request -> api.matches(request) && (isBasic(request) || request.getSession(false) == null);
    ExceptionMappingAuthenticationFailureHandler mapped =
        new ExceptionMappingAuthenticationFailureHandler();
    mapped.setDefaultFailureUrl("/login?fel");
    mapped.setExceptionMappings(
        java.util.Map.of(CredentialsExpiredException.class.getName(), "/konto/losenord?byt"));
    AuthenticationFailureHandler failures =
        (request, response, exception) -> {
          if (exception instanceof SignInThrottledException throttled) {
            response.sendRedirect(
                request.getContextPath() + "/login?vanta=" + throttled.retryAfterSeconds());
          } else if (exception instanceof CredentialsExpiredException) {
            // the password form need not ask again who has just signed in
            AccountPages.rememberExpired(request, request.getParameter("username"));
            mapped.onAuthenticationFailure(request, response, exception);
          } else {
            mapped.onAuthenticationFailure(request, response, exception);
          }
        };
    BasicAuthenticationEntryPoint basicChallenge = new BasicAuthenticationEntryPoint();
    basicChallenge.setRealmName("Styr");
    AuthenticationEntryPoint basicEntry =
        (request, response, exception) -> {
          if (exception instanceof SignInThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            response.sendError(429, "Too many failed sign-ins");
          } else {
            basicChallenge.commence(request, response, exception);
          }
        };
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/admin/**")
                    .authenticated()
                    .requestMatchers(HttpMethod.GET, "/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.HEAD, "/**")
                    .permitAll()
                    .requestMatchers(
                        HttpMethod.POST, "/login", "/konto/losenord", "/tillganglighet/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .failureHandler(failures)
                    .defaultSuccessUrl("/", false)
                    .permitAll())
        .httpBasic(basic -> basic.realmName("Styr").authenticationEntryPoint(basicEntry))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?utloggad"))
        // API clients are asked for Basic credentials; pages (forms and htmx alike) go to the
        // sign-in page.
        .exceptionHandling(
            errors ->
                errors
                    .defaultAuthenticationEntryPointFor(basicEntry, api)
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        request -> !api.matches(request)))
        .csrf(csrf -> csrf.ignoringRequestMatchers(apiClient))
        .sessionManagement(
            sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frames -> frames.deny())
                    .contentTypeOptions(
                        org.springframework.security.config.Customizer.withDefaults())
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    if (oidc.getIfAvailable() != null) {
      http.oauth2Login(
          login ->
              login
                  .loginPage("/login")
                  .userInfoEndpoint(
                      info -> info.oidcUserService(new OidcUsers(users, audit, transactions))));
    }
    return http.build();
  }

  private static boolean isBasic(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
  }
}
