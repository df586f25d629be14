package se.styr.documents.html;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import se.styr.documents.model.DocumentWords;

/**
 * The document template's messages ({@code #{...}}), from the same bundles and with the same rules
 * as {@link DocumentWords}. A plain resolver rather than Spring's message source: setting one of
 * those up lists every locale the JDK knows (about 80 ms of a cold command-line print), and a
 * document is printed in Swedish only.
 */
final class DocumentMessages implements IMessageResolver {
  @Override
  public String getName() {
    return "styr-documents";
  }

  @Override
  public Integer getOrder() {
    return 0;
  }

  @Override
  public String resolveMessage(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    return DocumentWords.find(key, messageParameters);
  }

  /** "??key_sv_SE??", as Thymeleaf shows a missing message. */
  @Override
  public String createAbsentMessageRepresentation(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    return "??" + key + "_" + context.getLocale() + "??";
  }
}
