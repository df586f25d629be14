package se.styr.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.styr.it.H2Database;

/**
 * An OIDC provider configured as the README shows is offered at sign-in and sends the browser to
 * it.
 */
@SpringBootTest(
    properties = {
      "styr.demo.load=false",
      "spring.security.oauth2.client.registration.kommunen.client-name=Kommunens inloggning",
      "spring.security.oauth2.client.registration.kommunen.client-id=styr",
      "spring.security.oauth2.client.registration.kommunen.client-secret=hemligt",
      "spring.security.oauth2.client.registration.kommunen.scope=openid,profile,email",
      "spring.security.oauth2.client.registration.kommunen.authorization-grant-type=authorization_code",
      "spring.security.oauth2.client.registration.kommunen.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
      "spring.security.oauth2.client.provider.kommunen.authorization-uri=https://login.kommunen.example/auth",
      "spring.security.oauth2.client.provider.kommunen.token-uri=https://login.kommunen.example/token",
      "spring.security.oauth2.client.provider.kommunen.jwk-set-uri=https://login.kommunen.example/certs",
      "spring.security.oauth2.client.provider.kommunen.user-info-uri=https://login.kommunen.example/userinfo",
      "spring.security.oauth2.client.provider.kommunen.user-name-attribute=preferred_username"
    })
@AutoConfigureMockMvc
class OidcLoginIT {
  @Autowired MockMvc http;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    H2Database.register(registry);
  }

  @Test
  void theSignInPageOffersTheConfiguredProvider() throws Exception {
    http.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Logga in med Kommunens inloggning")))
        .andExpect(content().string(containsString("/oauth2/authorization/kommunen")));
  }

  @Test
  void choosingTheProviderRedirectsToItsAuthorizationEndpointWithStateAndNonce() throws Exception {
    http.perform(get("/oauth2/authorization/kommunen"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", startsWith("https://login.kommunen.example/auth?")))
        .andExpect(header().string("Location", containsString("client_id=styr")))
        .andExpect(header().string("Location", containsString("state=")))
        .andExpect(header().string("Location", containsString("nonce=")));
  }
}
