package com.moneywar.briefing.validate;

import com.moneywar.briefing.model.Advisory;
import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.AsOf;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.IdRef;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.NearestName;
import com.moneywar.briefing.model.Origins;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Source;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.model.Story;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks what makes each text a dated edition of the series: its languages share one date; the
 * figures, headline figures and charts it shows are on the record as of that date ({@link AsOf});
 * the charts it names exist; every {@code [text](briefing:slug)} names a briefing that exists.
 */
final class EditionChecker {
  private static final String TEXTS = "data/texts";
  private final Briefing briefing;
  private final Origins origins;
  private final FigureChecker figures;
  private final List<Problem> problems;
  private final Set<String> slugs;
  /** The text files and rows already explained as off an edition's record: a repeat says so briefly. */
  private final java.util.Map<String, SourcePos> offRecordSaid = new java.util.HashMap<>();
  private final List<Advisory> advisories;
  /** The rows already said to be shown without their won amount in this edition, by text file. */
  private final Set<String> unconvertedSaid = new java.util.HashSet<>();
  /** Where each rate was first said to be off this edition's record, by text file: a repeat points there. */
  private final java.util.Map<String, SourcePos> unconvertedRateSaid = new java.util.HashMap<>();

  /**
   * Whether {@code fact} names in {@code closed_as} a row left out for its own error: what its talks
   * came to is then not known, and the words beside it are not judged.
   */
  private boolean endUnread(com.moneywar.briefing.model.MoneyFact fact) {
    Optional<String> end = fact instanceof com.moneywar.briefing.model.Investment i ? i.closedAs()
        : fact instanceof com.moneywar.briefing.model.Round r ? r.closedAs()
        : fact instanceof com.moneywar.briefing.model.Flow f ? f.closedAs() : Optional.empty();
    String file = (fact instanceof com.moneywar.briefing.model.Investment ? com.moneywar.briefing.model.DataFile.INVESTMENTS
        : fact instanceof com.moneywar.briefing.model.Round ? com.moneywar.briefing.model.DataFile.ROUNDS
        : com.moneywar.briefing.model.DataFile.FLOWS).path();
    return end.filter(id -> origins.unread(file, id)).isPresent();
  }

  EditionChecker(Briefing briefing, Origins origins, FigureChecker figures, List<Problem> problems,
      List<Advisory> advisories) {
    this.briefing = briefing;
    this.origins = origins;
    this.figures = figures;
    this.problems = problems;
    this.advisories = advisories;
    this.slugs = briefing.stories().stream().map(Story::slug).collect(Collectors.toSet());
  }

  void check(Story story) {
    List<Article> articles = briefing.config().languages().stream()
        .map(lang -> story.articles().get(lang)).filter(java.util.Objects::nonNull).toList();
    // A date that could not be read (reported where it is written) neither dates the briefing nor is
    // compared with the other language's.
    List<Article> dated = articles.stream().filter(a -> !origins.unread(a.file(), "date")).toList();
    Optional<LocalDate> date = dated.stream().map(Article::date).min(LocalDate::compareTo);
    Optional<Briefing> asOf = date.map(d -> AsOf.of(briefing, d));
    // The words around each figure are checked against the figure as the edition shows it, as of its
    // date: a round in talks then, closed later, reads "협상 중" there, not "이후 마감된 협상", and its
    // particle and the status words beside it are those of "협상 중".
    Briefing shown = asOf.orElse(briefing);
    for (Article article : articles) {
      FigureChecker.checkInBrackets(shown, article, problems);
      ParticleChecker.check(shown, article, problems);
      EnglishWordsChecker.check(shown, article, problems);
      KoreanWordsChecker.check(shown, article, problems);
      BoundWordsChecker.check(shown, article, problems);
      StatusWordsChecker.check(shown, article, problems, this::endUnread);
      ClaimWordsChecker.check(shown, article, problems);
    }
    Set<String> chartsOnRecord = asOf.map(b -> b.charts().stream().map(ChartSpec::id).collect(Collectors.toSet()))
        .orElse(Set.of());
    Set<String> allCharts = briefing.charts().stream().map(ChartSpec::id).collect(Collectors.toSet());
    boolean sameDate = dated.stream().map(Article::date).distinct().count() <= 1;
    if (!sameDate) {
      // Either date may be the wrong one: each is shown, at its own line, with the other.
      for (Article a : dated) {
        Article other = dated.stream().filter(o -> !o.date().equals(a.date())).findFirst().orElseThrow();
        problems.add(new Problem(a.datePos(), "expected the same date in every language of a briefing, found "
            + a.date() + " here and " + other.date() + " in " + other.file()));
      }
    }
    boolean headlinesRead = articles.stream().noneMatch(a -> origins.unread(a.file(), "headlines"));
    Article first = null;
    for (Lang lang : briefing.config().languages()) {
      Article a = story.articles().get(lang);
      if (a == null) {
        continue; // reported as a missing translation, or as the problems that kept it from being read
      }
      if (first == null) {
        first = a;
      } else if (sameDate && headlinesRead) {
        // Likewise a headline figure that names no row read from its table is reported once, where it is
        // written, not again as a difference in both languages' files.
        if (Stream.concat(first.headlines().stream(), a.headlines().stream()).allMatch(this::namesARow)) {
          sameEntries("headlines", "headline figures", entries(first.headlines()), first, entries(a.headlines()), a);
        }
        // A chart id that names no chart read from the table (mistyped, or its row left out for its own
        // error) is reported once, where it is written or in the table, not again as a difference.
        if (Stream.concat(first.charts().stream(), a.charts().stream()).allMatch(c -> allCharts.contains(c.id()))) {
          sameEntries("charts", "charts", charts(first.charts()), first, charts(a.charts()), a);
        }
      }
      // The front matter's key figures first, then the body's: in the order the file is read.
      for (FigureRef ref : a.headlines()) {
        date.ifPresent(d -> wonAmountShown(ref, asOf.orElseThrow(), d));
      }
      for (FigureRef ref : a.figures()) {
        date.ifPresent(d -> onRecord(ref, asOf.orElseThrow(), d, "figure"));
        date.ifPresent(d -> wonAmountShown(ref, asOf.orElseThrow(), d));
        date.ifPresent(d -> latestFigures(ref, asOf.orElseThrow(), d));
      }
      for (FigureRef ref : a.headlines()) {
        figures.check(ref);
        date.ifPresent(d -> onRecord(ref, asOf.orElseThrow(), d, "headline figure"));
      }
      for (IdRef chart : a.charts()) {
        if (!allCharts.contains(chart.id())) {
          if (!origins.unread(DataFile.CHARTS.path(), chart.id())) {
            problems.add(new Problem(chart.pos(), "expected the id of a chart in " + DataFile.CHARTS.path()
                + " in 'charts', found '" + chart.id() + "'" + NearestName.hint(chart.id(),
                    origins.ids(DataFile.CHARTS.path()))));
          }
        } else if (date.isPresent() && !chartsOnRecord.contains(chart.id())) {
          if (!chartOf(chart.id()).rows().isEmpty() || !chartOf(chart.id()).compare().isEmpty()) {
            laterRow(chartOf(chart.id()), date.get()).ifPresent(later -> problems.add(new Problem(chart.pos(),
                "expected a chart whose rows are all dated on or before the briefing's date " + date.get() + ", found '"
                    + chart.id() + "', which names " + later)));
          } else if (!factRowsUnread()) {
            // It names no rows: it draws what the record holds, and the record holds nothing for it yet.
            problems.add(new Problem(chart.pos(), "expected a chart with something to draw on the record as of the"
                + " briefing's date " + date.get() + ", found '" + chart.id() + "' (a "
                + chartOf(chart.id()).kind().code() + " chart), for which the record holds nothing to draw by then;"
                + " leave it out of this briefing's 'charts'"));
          }
        }
      }
      for (IdRef link : a.links()) {
        if (!slugs.contains(link.id()) && !origins.unread(TEXTS, link.id())) {
          problems.add(new Problem(link.pos(), "expected the slug of a briefing in data/texts/ after 'briefing:', "
              + "found '" + link.id() + "'" + suggestion(link.id())));
        }
      }
    }
  }

  /** Whether a headline figure names a row that was read (a headline names a fact: KIND:ID). */
  private boolean namesARow(FigureRef ref) {
    return com.moneywar.briefing.model.FactKind.ofCode(ref.kind())
        .map(kind -> briefing.fact(kind, ref.ids().get(0)).isPresent()).orElse(true);
  }

  /** One entry of a front-matter list ({@code headlines:} or {@code charts:}), as written, and where. */
  private record Entry(String text, SourcePos pos) {}

  private static List<Entry> entries(List<FigureRef> refs) {
    return refs.stream().map(r -> new Entry(r.text(), r.pos())).toList();
  }

  private static List<Entry> charts(List<IdRef> refs) {
    return refs.stream().map(r -> new Entry(r.id(), r.pos())).toList();
  }

  /**
   * Reports where two languages of a briefing list different {@code key:} entries: each entry one
   * language has and the other lacks, at that entry; or, when both have the same entries in another
   * order, the first entry out of place. Both lists are named in full, so the fix can be made either way.
   */
  private void sameEntries(String key, String what, List<Entry> first, Article firstText, List<Entry> here,
      Article hereText) {
    List<String> firstTexts = first.stream().map(Entry::text).toList();
    List<String> hereTexts = here.stream().map(Entry::text).toList();
    if (firstTexts.equals(hereTexts)) {
      return;
    }
    boolean reported = false;
    for (Entry e : here) {
      if (!firstTexts.contains(e.text())) {
        problems.add(new Problem(e.pos(), missing(key, what, e.text(), firstText.file(), firstTexts)));
        reported = true;
      }
    }
    for (Entry e : first) {
      if (!hereTexts.contains(e.text())) {
        problems.add(new Problem(e.pos(), missing(key, what, e.text(), hereText.file(), hereTexts)));
        reported = true;
      }
    }
    if (!reported) {
      for (int i = 0; i < here.size() && i < first.size(); i++) {
        if (!here.get(i).text().equals(first.get(i).text())) {
          problems.add(new Problem(here.get(i).pos(), "expected the same " + what + " in the same order in every language"
              + " of a briefing, found '" + here.get(i).text() + "' here where " + firstText.file() + " has '"
              + first.get(i).text() + "' (" + key + ": " + String.join(", ", firstTexts) + ")"));
          return;
        }
      }
    }
  }

  private static String missing(String key, String what, String entry, String otherFile, List<String> other) {
    return "expected the same " + what + " in every language of a briefing, found '" + entry + "' here but not in "
        + otherFile + " (" + (other.isEmpty() ? "it has no '" + key + ":'" : key + ": " + String.join(", ", other)) + ")";
  }

  private void onRecord(FigureRef ref, Briefing asOf, LocalDate date, String what) {
    for (String id : ref.ids()) {
      String key = ref.kind().equals("sum") ? id : (ref.kind().equals("ratio") ? "valuation" : ref.kind()) + ":" + id;
      MoneyFact fact = briefing.moneyFacts().get(key);
      if (fact != null && asOf.moneyFacts().containsKey(key) && ref.field().equals("alt")) {
        // The other figure is on the record only with its own source, as the row is with its figure's.
        fact.reporting().alternative().map(a -> a.source())
            .filter(s -> briefing.source(s).isPresent() && asOf.source(s).isEmpty())
            .ifPresent(s -> problems.add(new Problem(ref.pos(), "expected a " + what + " on the record at the"
                + " briefing's date " + date + ", found " + ref.text() + ": its source '" + s + "' (column 'alt_source')"
                + " was published " + published(briefing.source(s).orElseThrow(), date) + " (an edition cites only reports"
                + " published by its date: show the other figure in a later briefing)")));
      }
      if (fact == null || asOf.moneyFacts().containsKey(key)) {
        continue;
      }
      if (!AsOf.onRecord(fact.date(), date)) {
        problems.add(new Problem(ref.pos(), "expected a " + what + " dated on or before the briefing's date " + date
            + ", found " + ref.text() + " dated " + fact.date() + " (a later fact belongs in a later briefing)"));
      } else {
        // Dated in time, yet off the record: its figure's source, or a commitment or round above it, is later.
        // Said in full once per text and row; a figure of the same row again points to it (a new
        // user's text had five figures of one row, each with the same 400 characters).
        SourcePos said = offRecordSaid.putIfAbsent(ref.pos().file() + "\0" + key, ref.pos());
        boolean first = said == null;
        laterRow(key, date, "").ifPresent(why -> problems.add(new Problem(ref.pos(), first
            ? "expected a " + what + " on the record at the briefing's date " + date + ", found " + ref.text() + ": "
                + why + " (an edition cites only reports published by its date: cite a report of the time in column"
                + " 'source', or show the figure in a later briefing)"
            : "expected a " + what + " on the record at the briefing's date " + date + ", found " + ref.text()
                + ": its row '" + id + "' is not on it, as said at " + said.line() + ":" + said.column())));
      }
    }
  }

  /**
   * A sum of spending adds each row's latest figure as of the edition: a row that a revision on the
   * edition's record replaces is a superseded figure (Meta's January guidance, once raised in April),
   * which would count a plan that no longer stands. In an edition dated before the revision it is the
   * current figure.
   */
  private void latestFigures(FigureRef ref, Briefing asOf, LocalDate date) {
    if (!ref.kind().equals("sum")) {
      return;
    }
    for (String key : ref.ids()) {
      if (!key.startsWith("spending:") || !asOf.moneyFacts().containsKey(key)) {
        continue;
      }
      String id = key.substring(key.indexOf(':') + 1);
      List<com.moneywar.briefing.model.Spending> later = asOf.revisionsOf(id);
      if (!later.isEmpty()) {
        com.moneywar.briefing.model.Spending newer = later.get(0);
        problems.add(new Problem(ref.pos(), "expected the latest figure of each row in " + ref.text()
            + " as of the briefing's date " + date + ", found '" + id + "', revised by '" + newer.id() + "' dated "
            + newer.date() + " (add the figure that stands: spending:" + latest(asOf, newer).id() + ")"));
        return;
      }
    }
  }

  /** The newest revision of a spending row on the record of {@code asOf}. */
  private static com.moneywar.briefing.model.Spending latest(Briefing asOf, com.moneywar.briefing.model.Spending s) {
    com.moneywar.briefing.model.Spending at = s;
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (seen.add(at.id()) && !asOf.revisionsOf(at.id()).isEmpty()) {
      at = asOf.revisionsOf(at.id()).get(0);
    }
    return at;
  }

  private ChartSpec chartOf(String id) {
    return briefing.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  /**
   * Why a chart is not on the record as of {@code date}: the first row it names that is dated later,
   * or that belongs to a commitment or round dated later. Empty when the reason is a row that is not
   * in the model at all: a row left out for its own error, or one that does not exist, is reported
   * where it is (or where it is named), not again here.
   */
  private Optional<String> laterRow(ChartSpec chart, LocalDate date) {
    List<String> keys = Stream.concat(chart.rows().stream(), chart.compare().stream())
        .map(ref -> ref.kind() + ":" + ref.id()).toList();
    for (String key : keys) {
      Optional<String> later = laterRow(key, date, "");
      if (later.isPresent()) {
        return later;
      }
    }
    // Not expected: every row is in the model and on the record, yet the chart is not.
    return keys.stream().allMatch(this::inModel) ? Optional.of("a row that is not on the record then") : Optional.empty();
  }

  /** Whether the row of {@code key}, and every commitment and round it belongs to, is in the model. */
  private boolean inModel(String key) {
    MoneyFact fact = briefing.moneyFacts().get(key);
    return fact != null && (!(fact instanceof Investment i)
        || i.partOf().map(id -> inModel("investment:" + id)).orElse(true)
            && i.round().map(id -> inModel("round:" + id)).orElse(true));
  }

  /**
   * A figure the site converts into won but this edition cannot, as no rate it may use is on its
   * record (the rate is dated after the edition, or its source published after it), is shown
   * without its won amount: allowed, as the edition may not quote a rate that did not exist yet, but
   * said once per row in each language's text of the edition. A new user's rate sourced to a database page dated only "2025"
   * took every won figure out of an edition of 2024 without a word.
   */
  private void wonAmountShown(FigureRef ref, Briefing asOf, LocalDate date) {
    // Only the default rendering and 'krw' give a won amount ('krw' falls back to the amount itself).
    if (ref.kind().equals("ratio") || ref.kind().equals("company") || !ref.field().isEmpty() && !ref.field().equals("krw")) {
      return;
    }
    for (String id : ref.ids()) {
      String key = ref.kind().equals("sum") ? id : ref.kind() + ":" + id;
      MoneyFact whole = briefing.moneyFacts().get(key);
      MoneyFact shown = asOf.moneyFacts().get(key);
      // Said once per row in each language's text: each is its own file, read by its own editor.
      if (whole == null || shown == null || whole.reporting().noConversion() || !asOf.unconverted(shown)
          || !unconvertedSaid.add(ref.pos().file() + "\0" + key)) {
        continue;
      }
      briefing.krwRateFor(whole).ifPresent(rate -> {
        SourcePos first = unconvertedRateSaid.putIfAbsent(ref.pos().file() + "\0" + rate.id(), ref.pos());
        if (first != null) {
          advisories.add(new Advisory(ref.pos(), "the briefing of " + date + " shows " + ref.text()
              + " without its won amount too: the rate '" + rate.id() + "' is not on the edition's record, as said at "
              + first.line() + ":" + first.column()));
          return;
        }
        Optional<Source> source = briefing.source(rate.source());
        String why = !AsOf.onRecord(rate.date(), date) ? "it is dated " + rate.date()
            : "its source '" + rate.source() + "' was published "
                + source.map(src -> published(src, date)).orElse("after it");
        advisories.add(new Advisory(ref.pos(), "the briefing of " + date + " shows " + ref.text()
            + " without its won amount: the rate the site converts it at, '" + rate.id() + "' (" + rate.rate().toPlainString()
            + " on " + rate.date() + "), is not on the edition's record, as " + why + ". For a won amount here, give"
            + " a rate of the edition's time whose source is dated on or before " + date + " in "
            + DataFile.EXCHANGE_RATES.path() + " (a rate from a database such as the Bank of Korea's ECOS is published"
            + " on the day it is for: date its row of " + DataFile.SOURCES.path() + " so, docs/data-format.md §3.3)"));
      });
    }
  }

  /**
   * When a source was published, as a message says it for a briefing dated {@code edition}: a date not
   * to the day says from when it
   * counts ({@code 2024, not to the day: it surely exists only from 2024-12-31}), or the editor would
   * not see why an edition of June 2024 cannot cite a page dated 2024.
   */
  private String published(Source s, LocalDate edition) {
    if (s.published().precision() == PartialDate.Precision.DAY) {
      return s.published().toString();
    }
    // A month or year wholly after the briefing: no day of it can help (walk 72's 2021 edition was told
    // to give the day of a page of April 2023).
    if (s.published().firstDay().isAfter(edition)) {
      return s.published() + ", after the briefing's date";
    }
    // Once the day it was read is given (and later), only its own day can help: never ask for another reading day.
    return s.published() + ", not to the day: it surely exists only from " + AsOf.knownFrom(s, briefing::recordSource)
        + (s.accessed().isPresent() ? " (read " + s.accessed().get() + "; give the page's own day in sources.csv column"
            + " 'published' if it shows one, or show the figure in a later briefing)"
            : " (give the day in sources.csv column 'published', or in 'accessed' the day you read a page that shows"
            + " no date)");
  }

  private Optional<String> laterRow(String key, LocalDate date, String via) {
    MoneyFact fact = briefing.moneyFacts().get(key);
    if (fact == null) {
      return Optional.empty();
    }
    if (!AsOf.onRecord(fact.date(), date)) {
      return Optional.of(via + key + " dated " + fact.date() + ", a later row");
    }
    if (!AsOf.onRecord(briefing, fact, date)) {
      return Optional.of(via + key + ", whose source '" + fact.source() + "' was published "
          + briefing.source(fact.source()).map(src -> published(src, date)).orElse("later"));
    }
    if (fact instanceof Investment investment) {
      for (String above : Stream.concat(investment.partOf().map(id -> "investment:" + id).stream(),
          investment.round().map(id -> "round:" + id).stream()).toList()) {
        Optional<String> later = laterRow(above, date, via + key + ", which belongs to ");
        if (later.isPresent()) {
          return later;
        }
      }
    }
    return Optional.empty();
  }

  private String suggestion(String slug) {
    return slugs.stream().filter(s -> s.contains(slug) || slug.contains(s)).sorted().findFirst()
        .map(s -> " (did you mean 'briefing:" + s + "'?)").orElse("");
  }

  /**
   * Whether a fact row was left out for its own (already reported) errors: a chart that then finds
   * nothing to draw may have been drawing that very row, and is not reported again.
   */
  private boolean factRowsUnread() {
    return java.util.Arrays.stream(com.moneywar.briefing.model.FactKind.values())
        .anyMatch(k -> origins.anyUnread(k.file().path()));
  }
}
