package se.styr.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions in the database, as Spring Session JDBC keeps them, but written only when they changed
 * ({@link SparingSessions}): its repository is put behind that one before the session filter gets
 * it.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {
  @Bean
  static BeanPostProcessor sparingSessions() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof JdbcIndexedSessionRepository stored
            ? new SparingSessions(stored)
            : bean;
      }
    };
  }
}
