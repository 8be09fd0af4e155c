package com.moneywar.briefing.load;

import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.IdRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Placeholders;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads one {@code <slug>.<lang>.md} text: its front matter (title, date, summary) and the
 * data-bound figures of its body, each with its line and column. Thread-safe.
 */
final class ArticleLoader {
  /** A Markdown link to another briefing: {@code [text](briefing:slug)}. */
  static final String BRIEFING_LINK = "briefing:";
  /** The keys a text's front matter may hold (data-format §8.2), in the order the docs list them. */
  static final java.util.Set<String> KEYS =
      java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of("title", "date", "summary",
          "headlines", "charts")));
  private final Parser parser =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  /**
   * A text as far as it could be read. {@code unread} names the front-matter keys whose value was
   * left out for a problem already reported ({@code date}: the date is then {@link LocalDate#EPOCH};
   * {@code headlines}: a bad entry is missing), so that checks which need them are skipped rather than
   * reporting that problem again in other words; a bad placeholder is simply not among the figures.
   */
  record ReadText(Article article, Set<String> unread) {
    ReadText {
      unread = Set.copyOf(unread);
    }
  }

  /**
   * The text, even when parts of it have problems, so that the rest of it (and its other language)
   * is still checked; empty only when its front matter or body cannot be read at all.
   */
  Optional<ReadText> load(String file, String slug, Lang lang, String text, List<Problem> problems) {
    int before = problems.size();
    FrontMatter front = FrontMatter.parse(file, text.replace("\r\n", "\n"), problems);
    if (front.values().isEmpty() && problems.size() > before) {
      return Optional.empty(); // no usable front matter: missing keys would only repeat that
    }
    // A mistyped key (headline:) would otherwise be ignored without a word, and the edition would
    // quietly show other figures than the editor chose.
    front.values().forEach((key, cell) -> {
      if (!KEYS.contains(key)) {
        String hint = com.moneywar.briefing.model.NearestName.hint(key, KEYS);
        problems.add(new Problem(new SourcePos(file, cell.pos().line(), 1), "expected one of the front-matter keys "
            + String.join(", ", KEYS) + ", found '" + key + "'" + hint));
      }
    });
    String title = required(file, front, "title", problems);
    String summary = required(file, front, "summary", problems);
    String dateText = required(file, front, "date", problems);
    Set<String> unread = new HashSet<>();
    LocalDate date = LocalDate.EPOCH;
    if (dateText.isEmpty()) {
      unread.add("date");
    } else {
      try {
        date = LocalDate.parse(dateText);
      } catch (DateTimeParseException e) {
        unread.add("date");
        problems.add(new Problem(front.values().get("date").pos(), CalendarCheck.of(dateText).filter(CalendarCheck::toTheDay)
            .map(miss -> miss.message("", dateText))
            .orElse("expected the date as YYYY-MM-DD, found '" + dateText + "'" + WrittenAs.dayHint(dateText))));
      }
    }
    Optional<Problem> tooDeep = NestingLimit.check(file, front.bodyLine(), front.body());
    if (tooDeep.isPresent()) {
      problems.add(tooDeep.get());
      return Optional.empty();
    }
    List<IdRef> links = new ArrayList<>();
    List<FigureRef> figures = new ArrayList<>(figures(file, front, links, problems));
    List<IdRef> charts = charts(front);
    int beforeHeadlines = problems.size();
    List<FigureRef> headlines = headlines(front, problems);
    if (problems.size() > beforeHeadlines) {
      unread.add("headlines");
    }
    // Title and summary are shown on the pages, in feeds, link previews and the PDF: their
    // placeholders are checked here and rendered like the body's.
    for (String key : List.of("title", "summary")) {
      Cell cell = front.values().get(key);
      if (cell == null) {
        continue;
      }
      for (Placeholders.Match m : Placeholders.find(cell.text())) {
        SourcePos pos = cell.at(m.start());
        if (!m.isValid()) {
          problems.add(new Problem(pos, m.error()));
        } else {
          figures.add(new FigureRef(m.kind(), m.ids(), m.field(), m.text(), pos));
        }
      }
    }
    undrawable(file, front, problems);
    HandTypedAmounts.check(file, front, problems);
    Cell dateCell = front.values().get("date");
    SourcePos datePos = dateCell == null ? SourcePos.startOf(file) : dateCell.pos();
    return Optional.of(new ReadText(new Article(slug, lang, title, date, datePos, summary, front.body(), figures, file,
        front.bodyLine(), charts, headlines, links), unread));
  }

  /**
   * Each character of the title, the summary and the body that the bundled font cannot draw (a
   * Hanja such as 發, an emoji), once per text at its first place: the PDF would print '#' for it,
   * and the build refuses it, so {@code check} reports it first.
   */
  private static void undrawable(String file, FrontMatter front, List<Problem> problems) {
    Set<Integer> seen = new HashSet<>();
    for (String key : List.of("title", "summary")) {
      Cell cell = front.values().get(key);
      if (cell != null) {
        String text = cell.text();
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
          int cp = text.codePointAt(i);
          if (!com.moneywar.briefing.fonts.DrawableCharacters.canDraw(cp) && seen.add(cp)) {
            problems.add(new Problem(cell.at(i), undrawable(cp, text)));
          }
        }
      }
    }
    String[] lines = front.body().split("\n", -1);
    for (int line = 0; line < lines.length; line++) {
      String text = lines[line];
      for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
        int cp = text.codePointAt(i);
        if (!com.moneywar.briefing.fonts.DrawableCharacters.canDraw(cp) && seen.add(cp)) {
          problems.add(new Problem(new SourcePos(file, front.bodyLine() + line, i + 1), undrawable(cp, text)));
        }
      }
    }
  }

  /** The message the PDF stage gives too (pdf/PdfRenderer), so the same mistake reads the same wherever it is found. */
  private static String undrawable(int cp, String text) {
    return "expected characters the font " + com.moneywar.briefing.fonts.BundledFont.FAMILY + " can draw, found '"
        + new String(Character.toChars(cp)) + "' (" + String.format("U+%04X", cp) + ") in \""
        + com.moneywar.briefing.fonts.DrawableCharacters.around(text, cp) + "\"; the PDF would print '#' in its place";
  }

  private static String required(String file, FrontMatter front, String key, List<Problem> problems) {
    Cell cell = front.values().get(key);
    if (cell == null || cell.isBlank()) {
      problems.add(new Problem(cell == null ? SourcePos.startOf(file) : cell.pos(),
          "expected '" + key + ": …' in the front matter, found " + (cell == null ? "no such key" : "an empty value")));
      return "";
    }
    return cell.text();
  }

  /** {@code charts: money-flows, valuations}: the chart ids, each with its position. */
  private static List<IdRef> charts(FrontMatter front) {
    List<IdRef> charts = new ArrayList<>();
    Cell cell = front.values().get("charts");
    if (cell != null) {
      listed(cell).forEach((id, pos) -> charts.add(new IdRef(id, pos)));
    }
    return charts;
  }

  /** {@code headlines: investment:ID, valuation:ID}: the figures, as in the config's {@code headlines}. */
  private static List<FigureRef> headlines(FrontMatter front, List<Problem> problems) {
    List<FigureRef> refs = new ArrayList<>();
    Cell cell = front.values().get("headlines");
    if (cell == null) {
      return refs;
    }
    listed(cell).forEach((inside, pos) -> {
      Placeholders.Match m = Placeholders.parse(0, 0, "{{" + inside + "}}", inside);
      if (!m.isValid() || m.kind().equals("company") || m.kind().equals("ratio") || m.kind().equals("sum") || !m.field().isEmpty()) {
        problems.add(new Problem(pos,
            "expected KIND:ID with KIND " + com.moneywar.briefing.model.FactKind.codesInWords() + " in 'headlines', found '"
                + inside + "'"));
      } else {
        refs.add(new FigureRef(m.kind(), m.ids(), m.field(), inside, pos));
      }
    });
    return refs;
  }

  /** The comma-separated entries of a front matter value, each with the column it starts at. */
  private static java.util.Map<String, SourcePos> listed(Cell cell) {
    java.util.Map<String, SourcePos> entries = new java.util.LinkedHashMap<>();
    String text = cell.text();
    int at = 0;
    for (String entry : text.split(",", -1)) {
      String id = entry.strip();
      int offset = at + entry.indexOf(id.isEmpty() ? entry : id);
      if (!id.isEmpty()) {
        entries.putIfAbsent(id, new SourcePos(cell.pos().file(), cell.pos().line(), cell.pos().column() + offset));
      }
      at += entry.length() + 1;
    }
    return entries;
  }

  /**
   * Finds placeholders in the body's text (not in code), with their positions in the file, and the
   * links to other briefings ({@code [text](briefing:slug)}) into {@code links}.
   */
  private List<FigureRef> figures(String file, FrontMatter front, List<IdRef> links, List<Problem> problems) {
    List<FigureRef> figures = new ArrayList<>();
    String[] bodyLines = front.body().split("\n", -1);
    parser.parse(front.body()).accept(new AbstractVisitor() {
      /**
       * Images are refused here, where {@code check} sees them: no relative path works both on a
       * briefing's web page and in the PDF, and a web address would be fetched by readers' browsers
       * and the PDF engine. The charts declared in data/charts.csv are the briefing's pictures.
       */
      @Override
      public void visit(Image image) {
        int line = 0;
        int column = 0;
        if (!image.getSourceSpans().isEmpty()) {
          line = image.getSourceSpans().get(0).getLineIndex();
          column = image.getSourceSpans().get(0).getColumnIndex();
          int at = line < bodyLines.length ? bodyLines[line].indexOf(image.getDestination(), column) : -1;
          column = at < 0 ? column : at;
        }
        problems.add(new Problem(new SourcePos(file, front.bodyLine() + line, column + 1),
            "expected no images in a text (not supported yet; a chart is declared in data/charts.csv and shows on "
                + "the home page and in the PDF), found '" + image.getDestination() + "'; it was not fetched"));
        visitChildren(image);
      }

      @Override
      public void visit(Link link) {
        String destination = link.getDestination();
        if (destination.startsWith(BRIEFING_LINK)) {
          int line = 0;
          int column = 0;
          if (!link.getSourceSpans().isEmpty()) {
            line = link.getSourceSpans().get(0).getLineIndex();
            column = link.getSourceSpans().get(0).getColumnIndex();
            int at = line < bodyLines.length ? bodyLines[line].indexOf(destination, column) : -1;
            column = at < 0 ? column : at;
          }
          links.add(new IdRef(destination.substring(BRIEFING_LINK.length()),
              new SourcePos(file, front.bodyLine() + line, column + 1)));
        }
        visitChildren(link);
      }

      @Override
      public void visit(Text text) {
        int line = front.bodyLine();
        int column = 1;
        if (!text.getSourceSpans().isEmpty()) {
          line += text.getSourceSpans().get(0).getLineIndex();
          column += text.getSourceSpans().get(0).getColumnIndex();
        }
        for (Placeholders.Match m : Placeholders.find(text.getLiteral())) {
          SourcePos pos = new SourcePos(file, line, column + m.start());
          if (!m.isValid()) {
            problems.add(new Problem(pos, m.error()));
          } else {
            figures.add(new FigureRef(m.kind(), m.ids(), m.field(), m.text(), pos));
          }
        }
      }
    });
    return figures;
  }
}
