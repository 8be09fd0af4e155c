package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.site.view.PageFrame;
import com.moneywar.briefing.site.view.TemplateRoot;
import freemarker.cache.ByteArrayTemplateLoader;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The FreeMarker setup: the project's {@code templates/} first (as {@link TemplateFiles} read them,
 * once), the bundled defaults second, HTML auto-escaping on, and {@code ?new} and {@code ?api} off so
 * a template cannot reach Java.
 */
final class Templates {
  static final String BUNDLED = "/com/moneywar/briefing/templates";
  private final Configuration config;
  private final TemplateFiles projectTemplates;
  /** The outputs of earlier builds, when the preview keeps them; else none. */
  private PageMemo memo;

  Templates(TemplateFiles projectTemplates) {
    this(projectTemplates, configuration(projectTemplates));
  }

  private Templates(TemplateFiles projectTemplates, Configuration config) {
    this.projectTemplates = projectTemplates;
    this.config = config;
  }

  /**
   * These templates with {@code parsed}'s configuration for their files: the templates an earlier
   * build parsed from the same bytes are taken, not parsed again. Keeps this one's memo.
   */
  Templates parsedBy(ParsedTemplates parsed) {
    Templates t = new Templates(projectTemplates, parsed.configuration(projectTemplates));
    t.memo = memo;
    return t;
  }

  /** A new FreeMarker configuration over {@code projectTemplates}, then the bundled ones; it parses each template once. */
  static Configuration configuration(TemplateFiles projectTemplates) {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    ByteArrayTemplateLoader own = new ByteArrayTemplateLoader();
    projectTemplates.files().forEach(own::putTemplate);
    config.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
        own, new ClassTemplateLoader(Templates.class, BUNDLED)}));
    config.setOutputFormat(HTMLOutputFormat.INSTANCE);
    config.setRecognizeStandardFileExtensions(true);
    config.setDefaultEncoding("UTF-8");
    config.setLocale(Locale.ROOT);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    return config;
  }

  /**
   * Renders {@code root} with its template; a template error becomes a positioned problem. The
   * components of a framed root's {@link PageFrame} are seen at the top level beside its own.
   */
  Optional<String> render(TemplateRoot root, List<Problem> problems) {
    if (memo != null) {
      Optional<String> made = memo.get(root);
      if (made.isPresent()) {
        return made;
      }
    }
    Optional<String> output = renderAnew(root, problems);
    if (memo != null) {
      output.ifPresent(o -> memo.put(root, o));
    }
    return output;
  }

  /** As {@link #render}, encoded in UTF-8 (an output kept from an earlier build is not encoded again). */
  Optional<byte[]> renderUtf8(TemplateRoot root, List<Problem> problems) {
    if (memo != null) {
      Optional<byte[]> made = memo.getUtf8(root);
      if (made.isPresent()) {
        return made;
      }
    }
    Optional<byte[]> output = renderAnew(root, problems).map(o -> o.getBytes(StandardCharsets.UTF_8));
    if (memo != null) {
      output.ifPresent(o -> memo.putUtf8(root, o));
    }
    return output;
  }

  private Optional<String> renderAnew(TemplateRoot root, List<Problem> problems) {
    String name = root.template();
    try {
      Template template = config.getTemplate(name);
      StringWriter out = new StringWriter();
      template.process(new RootModel(root, config.getObjectWrapper()), out);
      return Optional.of(out.toString());
    } catch (ParseException e) {
      problems.add(syntaxProblem(e));
    } catch (freemarker.core.InvalidReferenceException e) {
      problems.add(new Problem(pos(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()),
          "expected a value for ${" + e.getBlamedExpressionString() + "}, found it undefined or null;"
              + " " + name + " has " + String.join(", ", RootModel.variables(root.getClass()))
              + " (docs/templates.md)"));
    } catch (TemplateException e) {
      String blamed = e.getBlamedExpressionString();
      problems.add(new Problem(pos(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()),
          "template failed" + (blamed == null ? "" : " at ${" + blamed + "}") + ": "
              + firstLine(e.getMessageWithoutStackTop())));
    } catch (IOException e) {
      // Another thread's failed parse of the same template comes back from FreeMarker's cache wrapped
      // ("an error loading the template on an earlier attempt"): report the syntax error itself.
      if (e.getCause() instanceof ParseException parse) {
        problems.add(syntaxProblem(parse));
      } else {
        problems.add(new Problem(SourcePos.whole("templates/" + name), "expected a readable template, found " + e.getMessage()));
      }
    }
    return Optional.empty();
  }

  /**
   * Renders with {@code memo}, which gives back what the same templates made of an equal model in
   * an earlier build, and starts its build: {@code templatesKey} (a hash of every file under the
   * project's templates folder; empty when it could not be read) empties it when they changed, and
   * it is left unused if a template reads the clock.
   */
  void useMemo(PageMemo memo, String templatesKey) {
    memo.beginBuild(templatesKey, !templatesKey.isEmpty() && !projectTemplates.readsClock());
    this.memo = memo;
  }

  /**
   * Whether what the templates make may be kept between builds: false when a template of the
   * project's reads the clock, or when the templates folder cannot be read.
   */
  boolean keepable() {
    return projectTemplates.unreadable().isEmpty() && !projectTemplates.readsClock();
  }

  /** Why the project's templates folder could not be read, if it could not. */
  Optional<String> unreadable() {
    return projectTemplates.unreadable();
  }

  private static Problem syntaxProblem(ParseException e) {
    return new Problem(pos(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
        "expected valid FreeMarker syntax, found " + firstLine(e.getEditorMessage()));
  }

  /** A file of the project's own templates folder, when it has one (no bundled default). */
  Optional<byte[]> ownAsset(String path) {
    return projectTemplates.file(path);
  }

  /** A static file from the project's templates, else the bundled one. */
  byte[] asset(String path) throws IOException {
    Optional<byte[]> own = projectTemplates.file(path);
    if (own.isPresent()) {
      return own.get();
    }
    try (var in = Templates.class.getResourceAsStream(BUNDLED + "/" + path)) {
      if (in == null) {
        throw new IOException("no template asset " + path);
      }
      return in.readAllBytes();
    }
  }

  /** The bundled file {@code path}, whether or not the project has its own. */
  String bundledText(String path) throws IOException {
    try (var in = Templates.class.getResourceAsStream(BUNDLED + "/" + path)) {
      if (in == null) {
        throw new IOException("no bundled template file " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  String text(String path) throws IOException {
    return new String(asset(path), StandardCharsets.UTF_8);
  }

  private static SourcePos pos(String template, Integer line, Integer column) {
    String file = "templates/" + (template == null ? "?" : template);
    return new SourcePos(file, line == null || line < 1 ? 1 : line, column == null || column < 1 ? 1 : column);
  }

  private static String firstLine(String message) {
    String m = message == null ? "an error" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
