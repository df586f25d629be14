package se.styr.cluster;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Notes a database failure of a request being read from the replica, before the error pages answer
 * it, so that {@link ReplicaReads} can serve the request again from the primary. Handles nothing
 * itself.
 */
final class ReplicaFailures implements HandlerExceptionResolver, Ordered {
  @Override
  public ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
    if (ReplicaRouting.usedReplica() && fromDatabase(e)) {
      request.setAttribute(ReplicaReads.FAILED, e);
    }
    return null;
  }

  private static boolean fromDatabase(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof DataAccessException || cause instanceof SQLException) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
