package se.styr.documents.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.serializer.StandardJavaScriptSerializer;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.styr.documents.model.DocumentWords;
import se.styr.documents.model.PrintedPlan;

/**
 * Prints a {@link PrintedPlan} as HTML with the one template, templates/documents/plan.html: a
 * whole HTML page with its stylesheet inside (the HTML download, and what the PDF is made of), or
 * the document alone for a page of the web application that links the same stylesheet. Thymeleaf is
 * used as a library here, outside Spring's context, so the command line prints exactly what the web
 * does.
 */
public final class HtmlRenderer {
  static final String TEMPLATE = "documents/plan";
  static final String STYLESHEET = "/static/css/document.css";
  private static final SpringTemplateEngine ENGINE = engine();
  private static final String CSS = stylesheet();

  private HtmlRenderer() {}

  /** A whole HTML document, its stylesheet inline: needs nothing else to show or print. */
  public static String page(PrintedPlan plan) {
    Context context = new Context(DocumentWords.SWEDISH);
    context.setVariable("plan", plan);
    context.setVariable("standalone", true);
    context.setVariable("css", CSS);
    return ENGINE.process(TEMPLATE, context);
  }

  /** The document alone (an {@code <article>}), for a web page that links /css/document.css. */
  public static String article(PrintedPlan plan) {
    Context context = new Context(DocumentWords.SWEDISH);
    context.setVariable("plan", plan);
    context.setVariable("standalone", false);
    return ENGINE.process(TEMPLATE, Set.of("document"), context);
  }

  private static SpringTemplateEngine engine() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(HtmlRenderer.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setMessageResolver(new DocumentMessages());
    engine.setEnableSpringELCompiler(true);
    // The document inlines no JavaScript; Thymeleaf's default serializer for it would set up
    // Jackson
    // (some 500 classes), which a printing command line does not need.
    engine.getDialects().stream()
        .filter(StandardDialect.class::isInstance)
        .map(StandardDialect.class::cast)
        .forEach(
            dialect -> dialect.setJavaScriptSerializer(new StandardJavaScriptSerializer(false)));
    return engine;
  }

  private static String stylesheet() {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream(STYLESHEET)) {
      if (in == null) {
        throw new IllegalStateException(
            "the document stylesheet " + STYLESHEET + " is missing from the application");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
