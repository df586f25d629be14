package se.styr.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie, now that Spring Session keeps sessions in the database: named JSESSIONID as
 * before (scripts and proxies that know Styr's cookie go on working), never readable by scripts,
 * not sent along with another site's requests (but for plain links), marked Secure whenever the
 * request came over TLS (behind a balancer: its X-Forwarded-Proto), for the whole application.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookie {
  static final String NAME = "JSESSIONID";

  @Bean
  CookieSerializer cookieSerializer() {
    DefaultCookieSerializer cookie = new DefaultCookieSerializer();
    cookie.setCookieName(NAME);
    cookie.setUseHttpOnlyCookie(true);
    cookie.setSameSite("Lax");
    // The session id as the container wrote it, not Base64 (as Spring Session does unless told).
    cookie.setUseBase64Encoding(false);
    return cookie;
  }
}
