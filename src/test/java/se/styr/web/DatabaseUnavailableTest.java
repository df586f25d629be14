package se.styr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import se.styr.shared.ErrorCode;

class DatabaseUnavailableTest {
  @Test
  void aDatabaseThatCannotBeReachedMakesTheCallerTryAgainShortly() {
    assertThat(
            ErrorStatus.databaseUnavailable(
                new CannotGetJdbcConnectionException(
                    "no connection",
                    new SQLTransientConnectionException("request timed out after 5000ms"))))
        .isTrue();
    assertThat(
            ErrorStatus.databaseUnavailable(
                new UncategorizedSQLException(
                    "select", "select 1", new SQLException("terminating connection", "57P01"))))
        .as("the server is shutting down")
        .isTrue();
    assertThat(
            ErrorStatus.databaseUnavailable(
                new UncategorizedSQLException(
                    "select", "select 1", new SQLException("connection failure", "08006"))))
        .isTrue();

    org.springframework.transaction.TransactionSystemException rollbackFailed =
        new org.springframework.transaction.TransactionSystemException(
            "JDBC rollback failed", new SQLException("Connection is closed"));
    assertThat(ErrorStatus.databaseUnavailable(rollbackFailed))
        .as("a rollback on a connection the pool had closed")
        .isTrue();
    org.springframework.transaction.TransactionSystemException hiding =
        new org.springframework.transaction.TransactionSystemException(
            "rollback failed", new IllegalStateException("?"));
    hiding.initApplicationException(new SQLException("terminating connection", "57P01"));
    assertThat(ErrorStatus.databaseUnavailable(hiding)).isTrue();
    assertThat(
            ErrorStatus.databaseUnavailable(
                new org.springframework.transaction.CannotCreateTransactionException(
                    "Could not open JDBC Connection for transaction")))
        .isTrue();

    assertThat(ErrorStatus.databaseBusy().code()).isEqualTo(ErrorCode.BUSY);
    assertThat(ErrorStatus.of(ErrorStatus.databaseBusy().code()).value()).isEqualTo(503);
    assertThat(ErrorStatus.databaseBusy().details()).containsKey(ErrorStatus.RETRY_AFTER);
  }

  @Test
  void otherDatabaseErrorsAreNotTakenForAnUnavailableDatabase() {
    assertThat(ErrorStatus.databaseUnavailable(new DataIntegrityViolationException("duplicate")))
        .isFalse();
    assertThat(
            ErrorStatus.databaseUnavailable(
                new UncategorizedSQLException(
                    "insert", "insert", new SQLException("refused", "P0001"))))
        .isFalse();
  }
}
