package com.moneywar.briefing.load;

import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.BriefingConfig;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Origins;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.model.Story;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a briefing project directory: {@code briefing.properties}, the CSV tables under {@code
 * data/} (including the optional chart declarations {@code data/charts.csv}) and the texts under
 * {@code data/texts/}. Reports every problem of every file at once.
 * Thread-safe.
 *
 * <pre>{@code
 * Result<LoadedProject> loaded = new ProjectLoader().load(Path.of("my-briefing"));
 * }</pre>
 */
public final class ProjectLoader {
  private static final String TEXTS = "data/texts";
  private static final Pattern TEXT_NAME = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)\\.([a-z]{2})\\.md");

  /**
   * The largest input file read: far above any briefing (10,000 investments take 1.5 MB) and low
   * enough that loading, which keeps every cell's position for error messages, stays within memory.
   */
  static final long MAX_FILE_BYTES = 32L << 20;
  /** Problems reported per file before the rest are summed up in one line. */
  static final int MAX_PROBLEMS_PER_FILE = 50;

  private final CsvTableReader csv = new CsvTableReader();
  private final ArticleLoader articles = new ArticleLoader();
  private final ConfigLoader config;
  /**
   * The bytes of each table as this loader read them, by path: what a key of the tables must be
   * taken from, since the file may change on the disk while the build goes on.
   */
  private final Map<String, byte[]> tablesBytes = new java.util.concurrent.ConcurrentHashMap<>();
  /** What the texts were read as in the builds before; null for none. */
  private KeptTexts keptTexts;

  public ProjectLoader() {
    this(Map.of());
  }

  /**
   * A loader that takes {@code configOverrides} (config key → value, such as {@code base-url}) over
   * what {@code briefing.properties} says, for one run; a key no command-line option sets is a bug.
   */
  public ProjectLoader(Map<String, String> configOverrides) {
    this.config = new ConfigLoader(configOverrides);
  }

  /**
   * Takes what a text or a table was read as from {@code kept} when a build before read the same
   * text or bytes at the same path ({@link KeptTexts}), and keeps there what it reads. Returns this
   * loader.
   */
  public ProjectLoader withKeptTexts(KeptTexts kept) {
    this.keptTexts = kept;
    return this;
  }

  public Result<LoadedProject> load(Path project) {
    return load(project, tables -> {});
  }

  /**
   * As {@link #load(Path)}, and hands {@code tablesRead} the project without its texts as soon as
   * the config and every table have been read without a problem, before the texts are read. Work
   * that needs only the tables, such as drawing the charts, can then run while the texts load.
   */
  public Result<LoadedProject> load(Path project, Consumer<LoadedProject> tablesRead) {
    Partial partial = loadPartial(project, tablesRead);
    return partial.project().isPresent()
        ? Result.of(partial.project().get(), partial.problems())
        : Result.failed(partial.problems());
  }

  /**
   * A project as far as it could be read, and the problems found reading it: rows with a bad cell
   * are left out (and marked in the origins, {@link Origins#unread}), so that the rest can still be
   * checked as a whole. Empty only when there is no project folder.
   */
  public record Partial(Optional<LoadedProject> project, List<Problem> problems, Map<String, byte[]> tables) {
    public Partial {
      problems = List.copyOf(problems);
      tables = Map.copyOf(tables);
    }

    Partial(Optional<LoadedProject> project, List<Problem> problems) {
      this(project, problems, Map.of());
    }
  }

  /** As {@link #load(Path, Consumer)}, but keeps what could be read even when there are problems. */
  public Partial loadPartial(Path project, Consumer<LoadedProject> tablesRead) {
    List<Problem> problems = new ArrayList<>();
    if (!Files.isDirectory(project)) {
      // One clear message instead of one "file missing" per table.
      Path folder = project.toAbsolutePath().normalize();
      return new Partial(Optional.empty(), List.of(new Problem(SourcePos.whole(project.toString()),
          "project folder " + folder + (Files.exists(project) ? " is a file, not a folder" : " does not exist"))));
    }
    Map<String, com.moneywar.briefing.model.SourcePos> origins = new HashMap<>();
    LeftOutRows leftOut = new LeftOutRows(new ArrayList<>(), new ArrayList<>());
    if (!Files.exists(project.resolve(ConfigLoader.FILE))) {
      // One message, with where the project is likely to be, instead of one per missing key (a new
      // user pointed --project at the data folder and got twelve errors, five about a file that did
      // not exist).
      Path folder = project.toAbsolutePath().normalize();
      boolean dataFolder = Files.isDirectory(project.resolve("texts"))
          || Files.exists(project.resolve("investments.csv")) || Files.exists(project.resolve("sources.csv"));
      problems.add(new Problem(SourcePos.whole(ConfigLoader.FILE), "expected the file " + ConfigLoader.FILE + " in the"
          + " project folder " + folder + ", found none" + (dataFolder && folder.getParent() != null
              ? "; this folder looks like a project's data/ folder: give --project its parent, " + folder.getParent()
              : "; 'briefing init DIR' makes a project with one")));
      return new Partial(Optional.empty(), problems);
    }
    BriefingConfig cfg = config.load(readText(project, ConfigLoader.FILE, problems), problems);
    var sources = table(project, new SourceRows(), problems, origins, leftOut);
    var companies = table(project, new CompanyRows(), problems, origins, leftOut);
    var rates = table(project, new ExchangeRateRows(), problems, origins, leftOut);
    // Every fact table is optional, as charts are.
    var investments = optionalTable(project, new InvestmentRows(), problems, origins, leftOut);
    var valuations = optionalTable(project, new ValuationRows(), problems, origins, leftOut);
    var talent = optionalTable(project, new TalentOfferRows(), problems, origins, leftOut);
    var rounds = optionalTable(project, new RoundRows(), problems, origins, leftOut);
    var flows = optionalTable(project, new FlowRows(), problems, origins, leftOut);
    var spending = optionalTable(project, new SpendingRows(), problems, origins, leftOut);
    // Talks a later row of their table ended ('closed_as'): concluded or abandoned, as that row stands.
    Map<String, com.moneywar.briefing.model.DealStatus> roundStatus = new HashMap<>();
    rounds.forEach(r -> roundStatus.put(r.id(), r.reporting().deal()));
    // A listing or bond sale planned, then carried out, was never talks: "이후 완료", not "이후 마감된 협상".
    rounds = rounds.stream().map(r -> r.closedAs().map(roundStatus::get)
        .flatMap(com.moneywar.briefing.model.DealStatus::endingTalks)
        .map(s -> s == com.moneywar.briefing.model.DealStatus.CONCLUDED && r.type().plannedUntilClosed()
            ? com.moneywar.briefing.model.DealStatus.COMPLETED : s)
        .map(r::ended).orElse(r)).toList();
    Map<String, com.moneywar.briefing.model.DealStatus> flowStatus = new HashMap<>();
    flows.forEach(f -> flowStatus.put(f.id(), f.reporting().deal()));
    // Talks a later deal agreed or called off; a deal agreed, then called off ("terminated"); a letter
    // of intent or a memorandum the binding deal followed ("의향서, 이후 계약"). A row naming one that
    // cannot end it is left as it is: the check reports it.
    flows = flows.stream().map(f -> f.closedAs().map(flowStatus::get)
        .flatMap(f.reporting().deal()::endedBy).map(f::ended).orElse(f)).toList();
    // Investment talks a later investment agreed: concluded; a letter of intent it followed: signed.
    Map<String, com.moneywar.briefing.model.DealStatus> investmentStatus = new HashMap<>();
    investments.forEach(i -> investmentStatus.put(i.id(), i.reporting().deal()));
    investments = investments.stream().map(i -> i.closedAs().map(investmentStatus::get)
        .flatMap(i.reporting().deal()::endedBy).map(i::ended).orElse(i)).toList();
    // An investor's share in talks of a round that later talks concluded or called off: so are its talks.
    Map<String, com.moneywar.briefing.model.DealStatus> endedRounds = new HashMap<>();
    rounds.forEach(r -> endedRounds.put(r.id(), r.reporting().deal()));
    investments = investments.stream().map(i -> i.reporting().deal() != com.moneywar.briefing.model.DealStatus.TALKS ? i
        : i.round().map(endedRounds::get).filter(d -> d == com.moneywar.briefing.model.DealStatus.CONCLUDED
            || d == com.moneywar.briefing.model.DealStatus.ABANDONED).map(i::standingAs).orElse(i)).toList();
    // A tranche of those talks or of that letter stands as its commitment now does.
    investments = com.moneywar.briefing.model.TrancheDeals.of(investments);
    // A valuation only rounds in talks (or called off) name is one sought, not set.
    valuations = com.moneywar.briefing.model.RoundValuations.settled(valuations, rounds);
    // Charts are optional: a project without data/charts.csv simply has none.
    List<ChartSpec> charts = Files.exists(project.resolve(ChartRows.FILE))
        ? table(project, new ChartRows(), problems, origins, leftOut)
        : List.of();
    // A timeline's rows may name funding rounds: known once both tables are read.
    java.util.Set<String> investmentIds = investments.stream().map(com.moneywar.briefing.model.Investment::id)
        .collect(java.util.stream.Collectors.toSet());
    java.util.Set<String> roundIds = rounds.stream().map(com.moneywar.briefing.model.Round::id)
        .collect(java.util.stream.Collectors.toSet());
    String investmentsFile = com.moneywar.briefing.model.DataFile.INVESTMENTS.path();
    String roundsFile = com.moneywar.briefing.model.DataFile.ROUNDS.path();
    charts = ChartRows.withRounds(charts,
        id -> investmentIds.contains(id) || origins.containsKey(Origins.unreadKey(investmentsFile, id)),
        id -> roundIds.contains(id) || origins.containsKey(Origins.unreadKey(roundsFile, id))
            || origins.containsKey(Origins.unreadKey(roundsFile, Origins.WHOLE_TABLE)));
    if (problems.isEmpty()) {
      tablesRead.accept(new LoadedProject(
          new Briefing(cfg, sources, companies, rates, investments, valuations, talent, rounds, flows, spending, List.of(),
              charts),
          new Origins(origins, leftOut.cells(), leftOut.rates())));
    }
    List<Story> stories = stories(project, cfg.languages(), problems, origins);
    Briefing briefing =
        new Briefing(cfg, sources, companies, rates, investments, valuations, talent, rounds, flows, spending, stories,
            charts);
    return new Partial(Optional.of(new LoadedProject(briefing, new Origins(origins, leftOut.cells(), leftOut.rates()))),
        problems, tablesBytes);
  }

  /**
   * The rows of a fact table, which a project may leave out (every fact table: a briefing on
   * data-centre spending and its bonds may have no valuation, one on funding rounds no investor's
   * own row; a new user's stopped at "expected the file data/valuations.csv, found none"): none
   * when its file is not there, which is marked in the origins ({@link Origins#absent}) so that a
   * reference to one of its rows can say the file is missing.
   */
  private <T> List<T> optionalTable(Path project, RowParser<T> parser, List<Problem> problems,
      Map<String, SourcePos> origins, LeftOutRows leftOut) {
    String file = parser.spec().file();
    if (!Files.exists(project.resolve(file))) {
      origins.put(Origins.absentKey(file), SourcePos.whole(file));
      return List.of();
    }
    return table(project, parser, problems, origins, leftOut);
  }

  private <T> List<T> table(Path project, RowParser<T> parser, List<Problem> problems, Map<String, SourcePos> origins,
      LeftOutRows leftOut) {
    String file = parser.spec().file();
    Optional<byte[]> bytes = readBytes(project, file, problems);
    if (bytes.isEmpty()) {
      origins.put(Origins.unreadKey(file, Origins.WHOLE_TABLE), SourcePos.whole(file));
      return List.of();
    }
    tablesBytes.put(file, bytes.get());
    if (keptTexts == null) {
      return table(file, bytes.get(), parser, problems, origins, leftOut);
    }
    // Reading a table depends on its path and its bytes alone (every key it adds to the origins
    // names its file): a build before may have read it so. Its problems are said again every build.
    String content = new String(bytes.get(), StandardCharsets.ISO_8859_1);
    ReadTable read = keptTexts.get(file, content, ReadTable.class).orElseGet(() -> {
      List<Problem> own = new ArrayList<>();
      Map<String, SourcePos> ownOrigins = new java.util.LinkedHashMap<>();
      LeftOutRows ownLeftOut = new LeftOutRows(new ArrayList<>(), new ArrayList<>());
      List<T> rows = table(file, bytes.get(), parser, own, ownOrigins, ownLeftOut);
      ReadTable made = new ReadTable(List.copyOf(rows), List.copyOf(own), java.util.Collections.unmodifiableMap(ownOrigins),
          List.copyOf(ownLeftOut.cells()), List.copyOf(ownLeftOut.rates()));
      keptTexts.put(file, content, made);
      return made;
    });
    problems.addAll(read.problems());
    origins.putAll(read.origins());
    leftOut.cells().addAll(read.cells());
    leftOut.rates().addAll(read.rates());
    @SuppressWarnings("unchecked") // a file is always read by its own table's parser
    List<T> rows = (List<T>) read.rows();
    return rows;
  }

  /** What one table was read as: its records, its problems and what it adds to the origins and left-out rows. */
  private record ReadTable(List<?> rows, List<Problem> problems, Map<String, SourcePos> origins,
      List<Origins.LeftOutCell> cells, List<Origins.LeftOutRate> rates) {}

  /** Reads one table's bytes into records, recording a positioned problem for each bad cell or row. */
  <T> List<T> table(String file, byte[] bytes, RowParser<T> parser, List<Problem> problems, Map<String, SourcePos> origins) {
    return table(file, bytes, parser, problems, origins, new LeftOutRows(new ArrayList<>(), new ArrayList<>()));
  }

  /**
   * As {@link #table(String, byte[], RowParser, List, Map)}, and adds to {@code leftOut} the cells
   * of rows left out for their own errors that name rows of other tables (see {@link LeftOutReferences}).
   */
  <T> List<T> table(String file, byte[] bytes, RowParser<T> parser, List<Problem> problems, Map<String, SourcePos> origins,
      LeftOutRows leftOut) {
    List<Problem> own = new ArrayList<>();
    List<T> records = tableRows(file, bytes, parser, own, origins, leftOut);
    problems.addAll(own.stream().limit(MAX_PROBLEMS_PER_FILE).toList());
    if (own.size() > MAX_PROBLEMS_PER_FILE) {
      Problem last = own.get(MAX_PROBLEMS_PER_FILE);
      problems.add(new Problem(last.pos(), "… and " + (own.size() - MAX_PROBLEMS_PER_FILE)
          + " more problems in this file, not shown; fix the ones above first"));
    }
    return records;
  }

  private <T> List<T> tableRows(String file, byte[] bytes, RowParser<T> parser, List<Problem> problems,
      Map<String, SourcePos> origins, LeftOutRows leftOut) {
    int before = problems.size();
    CsvTable table = csv.read(file, bytes, parser.spec(), problems);
    table.brokenIds().forEach(id -> origins.put(Origins.unreadKey(file, id), SourcePos.startOf(file)));
    // A line of the wrong shape has no cells to tell: a rate row among them might have been any rate.
    if (file.equals(com.moneywar.briefing.model.DataFile.EXCHANGE_RATES.path())) {
      table.brokenIds().forEach(id -> leftOut.rates().add(new Origins.LeftOutRate("", "", SourcePos.startOf(file))));
    }
    if (!table.brokenIds().isEmpty()) {
      origins.put(Origins.unreadKey(file, Origins.SOME_ROWS), SourcePos.startOf(file));
    }
    if (table.rows().isEmpty() && problems.size() > before) {
      origins.put(Origins.unreadKey(file, Origins.WHOLE_TABLE), SourcePos.whole(file));
    }
    List<T> records = new ArrayList<>();
    Map<String, SourcePos> seenIds = new HashMap<>();
    for (CsvRow row : table.rows()) {
      // The row's positions are kept under its id only once the id is known to be unique: a second
      // row with the same id would otherwise send every later problem of the first to its own line.
      Map<String, SourcePos> rowOrigins = new HashMap<>();
      int rowProblems = problems.size();
      CellReader cells = new CellReader(file, row, problems, rowOrigins);
      T record;
      try {
        record = parser.parse(cells);
      } catch (IllegalArgumentException e) {
        // A record invariant the cell checks did not catch; they report their own problem first.
        if (!cells.failed()) {
          problems.add(new Problem(row.pos(), "expected a consistent row, found " + e.getMessage()));
        }
        rowOrigins.forEach(origins::putIfAbsent);
        origins.put(Origins.unreadKey(file, Origins.SOME_ROWS), row.pos());
        leftOut.add(file, row, problems.subList(rowProblems, problems.size()));
        continue;
      }
      String id = cells.rowId();
      SourcePos idPos = row.cell("id").pos();
      if (!id.isEmpty() && seenIds.containsKey(id)) {
        problems.add(new Problem(idPos, "expected a unique id, found '" + id + "' again (first on line "
            + seenIds.get(id).line() + ")"));
        continue;
      }
      seenIds.put(id, idPos);
      origins.putAll(rowOrigins);
      if (!cells.failed()) {
        records.add(record);
        continue;
      }
      origins.put(Origins.unreadKey(file, Origins.SOME_ROWS), row.pos());
      leftOut.add(file, row, problems.subList(rowProblems, problems.size()));
      if (!id.isEmpty()) {
        origins.put(Origins.unreadKey(file, id), row.pos());
      }
    }
    return records;
  }

  /** What the rows left out for their own errors still say: the ids they name, and the rates they were. */
  private record LeftOutRows(List<Origins.LeftOutCell> cells, List<Origins.LeftOutRate> rates) {
    void add(String file, CsvRow row, List<Problem> rowProblems) {
      cells.addAll(LeftOutReferences.of(file, row, rowProblems));
      LeftOutReferences.rate(file, row, rowProblems).ifPresent(rates::add);
    }
  }

  /**
   * The texts, by slug. A text with problems is kept with what could be read of it (the parts left
   * out are marked in {@code origins}), and a briefing is kept even when one of its languages could
   * not be read at all or is missing, so that an error in one language never hides those of the
   * other; such a briefing comes only with problems, so it is checked but never published. A slug
   * none of whose texts could be read is marked unread in {@code origins} under {@code data/texts}, so
   * that links to it are not reported as broken.
   */
  private List<Story> stories(Path project, List<Lang> languages, List<Problem> problems,
      Map<String, SourcePos> origins) {
    Path dir = project.resolve(TEXTS);
    if (!Files.isDirectory(dir)) {
      problems.add(new Problem(SourcePos.whole(TEXTS), "expected a folder of Markdown texts, found none"));
      return List.of();
    }
    Map<String, Map<Lang, Article>> bySlug = new TreeMap<>();
    Set<String> slugs = new HashSet<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      problems.add(new Problem(SourcePos.whole(TEXTS), "expected a readable folder, found " + e.getMessage()));
      return List.of();
    }
    if (files.isEmpty()) {
      // Without this the briefing would pass and build a site with no editions.
      problems.add(new Problem(SourcePos.whole(TEXTS), "expected at least one briefing in " + TEXTS + ": a text per language, "
          + String.join(" and ", (languages.isEmpty() ? List.of(Lang.values()) : languages).stream().map(lang -> "SLUG." + lang.code() + ".md").toList())
          + " (SLUG the briefing's id, such as ai-money-war-2024-03-28), found no .md file"));
      return List.of();
    }
    // Texts are read and parsed on every core (the parser is thread-safe); the results are then
    // taken in file order, so problems and stories come out the same as one after another.
    List<LoadedText> loaded = files.parallelStream().map(path -> loadText(project, path)).toList();
    for (LoadedText text : loaded) {
      problems.addAll(text.problems());
      text.slug().ifPresent(slugs::add);
      text.read().ifPresent(read -> {
        Article a = read.article();
        bySlug.computeIfAbsent(a.slug(), s -> new EnumMap<>(Lang.class)).put(a.lang(), a);
        read.unread().forEach(key -> origins.put(Origins.unreadKey(a.file(), key), SourcePos.startOf(a.file())));
      });
    }
    slugs.stream().filter(slug -> !bySlug.containsKey(slug))
        .forEach(slug -> origins.put(Origins.unreadKey(TEXTS, slug), SourcePos.whole(TEXTS)));
    for (String slug : slugs) {
      for (Lang lang : languages) {
        Path expected = dir.resolve(slug + "." + lang.code() + ".md");
        if (!Files.exists(expected)) {
          Lang other = lang.other();
          problems.add(new Problem(SourcePos.startOf(TEXTS + "/" + slug + "." + other.code() + ".md"),
              "expected " + (lang == Lang.KO ? "a Korean" : "an English") + " text " + TEXTS + "/" + slug + "."
                  + lang.code() + ".md for this text, found none"));
        }
      }
    }
    List<Story> stories = new ArrayList<>();
    bySlug.forEach((slug, byLang) -> stories.add(new Story(slug, byLang)));
    return stories;
  }

  private record LoadedText(Optional<String> slug, Optional<ArticleLoader.ReadText> read, List<Problem> problems) {}

  private LoadedText loadText(Path project, Path path) {
    List<Problem> problems = new ArrayList<>();
    String name = path.getFileName().toString();
    String file = TEXTS + "/" + name;
    Matcher m = TEXT_NAME.matcher(name);
    Optional<Lang> lang = m.matches() ? Lang.ofCode(m.group(2)) : Optional.empty();
    if (lang.isEmpty()) {
      problems.add(new Problem(SourcePos.startOf(file),
          "expected a file name <slug>.<lang>.md with lang ko or en, found '" + name + "'"));
      return new LoadedText(Optional.empty(), Optional.empty(), problems);
    }
    String text = readText(project, file, problems);
    // Reading a text depends on its path and its text alone: a build before may have read it so.
    boolean kept = keptTexts != null && problems.isEmpty();
    if (kept) {
      Optional<LoadedText> before = keptTexts.get(file, text, LoadedText.class);
      if (before.isPresent()) {
        return before.get();
      }
    }
    Optional<ArticleLoader.ReadText> read = articles.load(file, m.group(1), lang.get(), text, problems);
    LoadedText loaded = new LoadedText(Optional.of(m.group(1)), read, List.copyOf(problems));
    if (kept) {
      keptTexts.put(file, text, loaded);
    }
    return loaded;
  }

  private static Optional<byte[]> readBytes(Path project, String file, List<Problem> problems) {
    try {
      long size = Files.size(project.resolve(file));
      if (size > MAX_FILE_BYTES) {
        problems.add(new Problem(SourcePos.startOf(file), String.format(java.util.Locale.ROOT,
            "expected a file of at most %d MB, found %.1f MB; split the table or the text", MAX_FILE_BYTES >> 20,
            size / (double) (1 << 20))));
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(project.resolve(file)));
    } catch (java.nio.file.NoSuchFileException e) {
      problems.add(new Problem(SourcePos.whole(file), "expected the file " + file + ", found none"));
    } catch (IOException e) {
      problems.add(new Problem(SourcePos.whole(file), "expected a readable file, found " + e));
    }
    return Optional.empty();
  }

  private static String readText(Path project, String file, List<Problem> problems) {
    return readBytes(project, file, problems)
        .map(b -> strictUtf8(file, b, problems))
        .orElse("");
  }

  private static String strictUtf8(String file, byte[] bytes, List<Problem> problems) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (java.nio.charset.CharacterCodingException e) {
      problems.add(new Problem(SourcePos.startOf(file), "expected UTF-8 text, found bytes that are not UTF-8"));
      return "";
    }
  }
}
