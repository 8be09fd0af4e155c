import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.AsOf;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.model.Story;
import com.moneywar.briefing.site.RenderedSite;
import com.moneywar.briefing.site.SiteRenderer;
import com.moneywar.briefing.site.TemplateFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Benchmark helper: writes the site's files and, next to each PDF path, the print XHTML that
 * openhtmltopdf turns into the newest edition's PDF ({@code ko/print.ko.html}), so another renderer (WeasyPrint)
 * can be timed on exactly the same HTML. Run with the jar on the class path:
 * {@code java -cp target/briefing.jar bench/PrintHtml.java PROJECT OUT [FONT_DIR] [--all]}.
 * With {@code --all}, every edition's print XHTML is written, as {@code <lang>/print/<slug>.<lang>.html},
 * and their paths are listed in {@code OUT/print-documents.txt}.
 */
public final class PrintHtml {
  public static void main(String[] args) throws Exception {
    Path project = Path.of(args[0]).toAbsolutePath();
    Path out = Path.of(args[1]).toAbsolutePath();
    boolean all = java.util.Arrays.asList(args).contains("--all");
    args = java.util.Arrays.stream(args).filter(a -> !a.equals("--all")).toArray(String[]::new);
    Result<Briefing> checked = new BriefingBuild(BuildListener.silent()).check(project);
    Briefing briefing = checked.orElseThrow();
    ChartRenderer charts = new ChartRenderer();
    Map<Lang, java.util.List<com.moneywar.briefing.chart.ChartImage>> images = new EnumMap<>(Lang.class);
    for (Lang lang : briefing.config().languages()) {
      images.put(lang, charts.render(briefing, lang));
    }
    // Each edition's charts, drawn from the briefing as of its date, as the build draws them.
    Map<String, Map<Lang, java.util.List<com.moneywar.briefing.chart.ChartImage>>> editions = new java.util.TreeMap<>();
    for (Story story : AsOf.series(briefing)) {
      Briefing edition = AsOf.edition(briefing, story);
      Map<Lang, java.util.List<com.moneywar.briefing.chart.ChartImage>> drawn = new EnumMap<>(Lang.class);
      for (Lang lang : briefing.config().languages()) {
        drawn.put(lang, charts.render(edition, lang));
      }
      editions.put(story.slug(), drawn);
    }
    RenderedSite site = new SiteRenderer(TemplateFiles.read(project.resolve("templates")))
        .render(briefing, images, editions).orElseThrow();
    for (Map.Entry<String, byte[]> f : site.files().entrySet()) {
      Path p = out.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, f.getValue());
    }
    // The newest edition of each language (the one copied to ko/briefing.ko.pdf), written as
    // <lang>/print.<lang>.html, so that '../' from it is the site's root.
    java.util.List<String> documents = new java.util.ArrayList<>();
    for (RenderedSite.PrintEdition e : site.editions()) {
      if (e.latestPath().isEmpty() && !all) {
        continue;
      }
      Path p = e.latestPath().isEmpty() || all
          ? out.resolve(e.lang().code()).resolve("print").resolve(e.slug() + "." + e.lang().code() + ".html")
          : out.resolve(e.lang().code()).resolve("print." + e.lang().code() + ".html");
      String root = all ? "../../" : "../";
      // For WeasyPrint: chart URLs relative to the file instead of the in-memory scheme, and the
      // same Pretendard TTFs (openhtmltopdf gets them from the jar) declared with @font-face.
      String fonts = args.length > 2 ? "<style>@font-face{font-family:Pretendard;font-weight:400;src:url('"
          + Path.of(args[2]).toAbsolutePath().toUri() + "Pretendard-Regular.ttf')}"
          + "@font-face{font-family:Pretendard;font-weight:700;src:url('"
          + Path.of(args[2]).toAbsolutePath().toUri() + "Pretendard-Bold.ttf')}</style>" : "";
      String html = e.xhtml().replace("briefing:///", root).replaceFirst("</head>", fonts + "</head>");
      Files.createDirectories(p.getParent());
      Files.writeString(p, html);
      documents.add(p.toString());
      System.out.println(p);
    }
    Files.write(out.resolve("print-documents.txt"), documents);
  }
}
