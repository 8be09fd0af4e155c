import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a SYNTHETIC briefing project for benchmarks: every company, deal, figure and text is made
 * up from a seed, and every file says so. Same seed and sizes, same bytes. Run it as a single-file
 * program (no build needed):
 *
 * <pre>{@code
 * java bench/SyntheticCorpus.java --out /tmp/corpus --seed 42 --companies 40 --investments 1000 --texts 100
 * }</pre>
 *
 * <p>The project has the shape of the shipped data/ (docs/data-format.md): companies (investors
 * and labs), investments as commitments with tranches plus singles, valuations, talent offers, USD→KRW
 * rates, declared charts and {@code texts} briefings per language whose figures are placeholders.
 * It passes {@code briefing check}. With {@code --hugo DIR} it also writes the same Markdown texts
 * as a minimal Hugo site (content/ko, content/en) for the side-by-side benchmark.
 *
 * <p>With {@code --editions N} it writes a running series instead: N briefings two weeks apart from
 * 15 January 2016, every fact dated within the series' span, and each briefing citing only facts on
 * the record at its date, so that every edition has its own record, charts and PDF (the benchmark
 * of a years-long archive: {@code --editions 250} is ten years of a fortnightly desk).
 */
public final class SyntheticCorpus {
  private static final String MARK_EN = "SYNTHETIC benchmark data (not real)";
  private static final String MARK_KO = "벤치마크용 합성 데이터(실제 아님)";
  private static final String SOURCE = "synthetic-benchmark";

  private final Random random;
  private final int companies;
  private final int investments;
  private final int texts;
  private final int investors;

  private final List<String> investmentIds = new ArrayList<>();
  private final List<String> valuationIds = new ArrayList<>();
  private final List<String> talentIds = new ArrayList<>();
  private final List<String> foundedLabs = new ArrayList<>();
  /** Pairs of valuations of one lab, for {{ratio:FROM:TO}}. */
  private final List<String[]> ratioPairs = new ArrayList<>();
  /** The valuations stated as a ceiling ("up to"). */
  private final java.util.Set<String> ceilings = new java.util.HashSet<>();
  /** The date of every fact by its id, so that an edition cites only what is on its record. */
  private final java.util.Map<String, LocalDate> factDates = new java.util.HashMap<>();
  /** A series ({@code --editions}): its briefings' dates and the span its facts are dated in. */
  private final boolean series;
  private static final LocalDate SERIES_START = LocalDate.of(2016, 1, 15);
  private static final LocalDate FACTS_START = LocalDate.of(2016, 1, 1);

  SyntheticCorpus(long seed, int companies, int investments, int texts) {
    this(seed, companies, investments, texts, false);
  }

  SyntheticCorpus(long seed, int companies, int investments, int texts, boolean series) {
    this.series = series;
    this.random = new Random(seed);
    this.companies = Math.max(4, companies);
    this.investments = Math.max(4, investments);
    this.texts = Math.max(1, texts);
    this.investors = Math.max(2, this.companies / 5);
  }

  public static void main(String[] args) throws IOException {
    long seed = 42;
    int companies = 40;
    int investments = 1000;
    int texts = 100;
    Path out = null;
    Path hugo = null;
    boolean series = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--companies" -> companies = Integer.parseInt(args[++i]);
        case "--investments" -> investments = Integer.parseInt(args[++i]);
        case "--texts" -> texts = Integer.parseInt(args[++i]);
        case "--editions" -> {
          texts = Integer.parseInt(args[++i]);
          series = true;
        }
        case "--out" -> out = Path.of(args[++i]);
        case "--hugo" -> hugo = Path.of(args[++i]);
        default -> {
          System.err.println("usage: SyntheticCorpus --out DIR [--seed N] [--companies N] [--investments N]"
              + " [--texts N | --editions N] [--hugo DIR]");
          System.exit(2);
        }
      }
    }
    if (out == null) {
      System.err.println("--out DIR is required");
      System.exit(2);
    }
    new SyntheticCorpus(seed, companies, investments, texts, series).write(out, hugo);
  }

  void write(Path out, Path hugo) throws IOException {
    Files.createDirectories(out.resolve("data/texts"));
    String companyRows = companies();
    String investmentRows = investments();
    String valuationRows = valuations();
    String talentRows = talent();
    write(out.resolve("briefing.properties"), config());
    write(out.resolve("data/sources.csv"), sources());
    write(out.resolve("data/companies.csv"), companyRows);
    write(out.resolve("data/exchange_rates.csv"), rates());
    write(out.resolve("data/investments.csv"), investmentRows);
    write(out.resolve("data/valuations.csv"), valuationRows);
    write(out.resolve("data/talent_offers.csv"), talentRows);
    write(out.resolve("data/charts.csv"), charts());
    write(out.resolve("SYNTHETIC.md"), "# " + MARK_EN + "\n\nGenerated by bench/SyntheticCorpus.java for"
        + " benchmarks. Every company, deal, figure and text here is made up.\n");
    if (hugo != null) {
      Files.createDirectories(hugo.resolve("layouts/_default"));
      write(hugo.resolve("config.toml"), """
          # SYNTHETIC benchmark site: the same Markdown texts as the briefing corpus, for Hugo.
          baseURL = "https://example.org/"
          title = "Synthetic benchmark (not real data)"
          disableKinds = ["taxonomy", "term"]
          # The texts are dated up to 2029: without this Hugo leaves out those after today.
          buildFuture = true
          [markup.goldmark.renderer]
            unsafe = false
          """);
      write(hugo.resolve("layouts/_default/baseof.html"), """
          <!DOCTYPE html>
          <html lang="{{ .Site.Language.Lang }}"><head><meta charset="utf-8">
          <title>{{ .Title }} | {{ .Site.Title }}</title></head>
          <body><main>{{ block "main" . }}{{ end }}</main></body></html>
          """);
      write(hugo.resolve("layouts/_default/single.html"), """
          {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }}</p>
          <p>{{ .Params.summary }}</p>{{ .Content }}</article>{{ end }}
          """);
      write(hugo.resolve("layouts/_default/list.html"), """
          {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
          """);
      write(hugo.resolve("layouts/index.html"), """
          {{ define "main" }}<h1>{{ .Site.Title }}</h1><ul>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
          """);
    }
    for (int i = 1; i <= texts; i++) {
      String slug = String.format("synthetic-briefing-%05d", i);
      // After every fact (2016 to early 2025): an edition may show only the facts on record at its date.
      // In a series, every two weeks, each citing what is on the record by then.
      LocalDate date = series ? editionDate(i) : LocalDate.of(2025, 6, 1).plusDays(i % 1500);
      Figures f = new Figures(date);
      String ko = koText(i, date, f);
      String en = enText(i, date, f);
      write(out.resolve("data/texts/" + slug + ".ko.md"), ko);
      write(out.resolve("data/texts/" + slug + ".en.md"), en);
      if (hugo != null) {
        write(hugo.resolve("content/ko/" + slug + ".md"), ko);
        write(hugo.resolve("content/en/" + slug + ".md"), en);
      }
    }
  }

  private static LocalDate editionDate(int n) {
    return SERIES_START.plusDays(14L * (n - 1));
  }

  /** The days over which the series' facts are dated: from 1 January 2016 to its last briefing. */
  private int seriesDays() {
    return (int) java.time.temporal.ChronoUnit.DAYS.between(FACTS_START, editionDate(texts)) + 1;
  }

  private boolean onRecord(String id, LocalDate date) {
    LocalDate at = factDates.get(id);
    return at != null && !at.isAfter(date);
  }

  private String pick(List<String> ids, LocalDate date) {
    if (!series) {
      return ids.get(random.nextInt(ids.size()));
    }
    List<String> known = ids.stream().filter(id -> onRecord(id, date)).toList();
    return known.get(random.nextInt(known.size()));
  }

  private String config() {
    return "# " + MARK_EN + ": generated by bench/SyntheticCorpus.java\n"
        + "title.ko=합성 벤치마크 브리핑(실제 데이터 아님)\n"
        + "title.en=Synthetic benchmark briefing (not real data)\n"
        + "tagline.ko=" + MARK_KO + "\n"
        + "tagline.en=" + MARK_EN + "\n"
        + "publisher.ko=벤치마크 생성기\n"
        + "publisher.en=Benchmark generator\n"
        + "base-url=https://example.org/synthetic/\n"
        + "languages=ko,en\n"
        + "paper=A4\n"
        // One made-up rate a year (1 January): each fact is converted at its year's, up to a year older.
        + "fx-max-age-days=366\n"
        + "headlines=investment:" + investmentIds.get(0) + ",valuation:" + valuationIds.get(0)
        + ",talent:" + talentIds.get(0) + "\n";
  }

  /** The one made-up source, published before every fact: an edition cites only reports of its date or earlier. */
  private String sources() {
    return "id,outlet_ko,outlet_en,title,url,published,cited_by,language\n"
        + SOURCE + "," + MARK_KO + "," + MARK_EN + ",,," + FACTS_START + ",,en\n";
  }

  private String companies() {
    StringBuilder b = new StringBuilder("id,name_ko,name_en,kind,country,founded,parent,source\n");
    for (int i = 1; i <= companies; i++) {
      boolean investor = i <= investors;
      String founded = investor ? "" : Integer.toString(2010 + random.nextInt(14));
      if (!investor) {
        foundedLabs.add(company(i));
      }
      b.append(company(i)).append(',')
          .append(investor ? "합성 투자사 " + i : "합성 회사 " + i).append(',')
          .append(investor ? "Synthetic Investor " + i : "Synthetic Co " + i).append(',')
          .append(investor ? "big-tech" : "ai-lab").append(',')
          .append(investor ? "US" : "KR").append(',')
          .append(founded).append(",,").append(SOURCE).append('\n');
    }
    return b.toString();
  }

  private static String company(int i) {
    return "synthetic-co-" + i;
  }

  private String rates() {
    StringBuilder b = new StringBuilder("id,base,quote,rate,date,source,note_ko,note_en\n");
    for (int year = 2015; year <= (series ? 2035 : 2025); year++) {
      b.append("usd-krw-").append(year).append(",USD,KRW,").append(1100 + (year - 2015) * 25)
          .append(',').append(year).append("-01-01,").append(SOURCE).append(',')
          .append(MARK_KO).append(',').append(MARK_EN).append('\n');
    }
    return b.toString();
  }

  private LocalDate dealDate() {
    if (series) {
      // The first fact of each kind on the series' first day, so that the first briefing has one to cite.
      return factDates.isEmpty() ? FACTS_START : FACTS_START.plusDays(random.nextInt(seriesDays()));
    }
    return LocalDate.of(2016, 1, 1).plusDays(random.nextInt(8 * 365));
  }

  private String investments() {
    StringBuilder b = new StringBuilder(
        "id,investor,investee,kind,part_of,amount,currency,bound,status,date,source,fx,approx_digits,note_ko,note_en\n");
    int n = 0;
    int deal = 0;
    while (n < investments) {
      deal++;
      String investor = company(1 + random.nextInt(investors));
      String investee = company(investors + 1 + random.nextInt(companies - investors));
      LocalDate date = dealDate();
      if (series && n == 0) {
        date = FACTS_START;
      }
      long millions = 10L * (1 + random.nextInt(500));
      if (investments - n >= 3 && random.nextInt(3) > 0) {
        String id = "synthetic-deal-" + deal;
        row(b, id, investor, investee, "commitment", "", millions * 1_000_000L, "announced", date);
        long first = millions / 2;
        row(b, id + "-t1", investor, investee, "tranche", id, first * 1_000_000L, "invested", date);
        LocalDate later = date.plusDays(90 + random.nextInt(300));
        row(b, id + "-t2", investor, investee, "tranche", id, (millions - first) * 1_000_000L, "planned", later);
        factDates.put(id, date);
        factDates.put(id + "-t1", date);
        factDates.put(id + "-t2", later);
        investmentIds.add(id);
        investmentIds.add(id + "-t1");
        investmentIds.add(id + "-t2");
        n += 3;
      } else {
        String id = "synthetic-single-" + deal;
        row(b, id, investor, investee, "single", "", millions * 1_000_000L, "invested", date);
        factDates.put(id, date);
        investmentIds.add(id);
        n++;
      }
    }
    return b.toString();
  }

  private void row(StringBuilder b, String id, String investor, String investee, String kind, String partOf,
      long amount, String status, LocalDate date) {
    b.append(id).append(',').append(investor).append(',').append(investee).append(',').append(kind).append(',')
        .append(partOf).append(',').append(amount).append(",USD,exact,").append(status).append(',')
        .append(date).append(',').append(SOURCE).append(",usd-krw-").append(date.getYear())
        .append(",3,").append(MARK_KO).append(',').append(MARK_EN).append('\n');
  }

  private String valuations() {
    StringBuilder b = new StringBuilder(
        "id,company,amount,currency,bound,date,source,fx,approx_digits,note_ko,note_en\n");
    int count = Math.max(companies - investors, investments / 10);
    for (int i = 0; i < count; i++) {
      int lab = investors + 1 + (i % (companies - investors));
      int round = i / (companies - investors);
      String id = "synthetic-valuation-" + lab + "-" + round;
      LocalDate date = LocalDate.of(2016 + Math.min(8, round), 1 + random.nextInt(12), 1 + random.nextInt(28));
      if (series) {
        // A lab's rounds in order across the series, its first on the series' first day.
        int rounds = (count + companies - investors - 1) / (companies - investors);
        int slice = Math.max(1, seriesDays() / rounds);
        date = i == 0 ? FACTS_START : FACTS_START.plusDays((long) round * slice + random.nextInt(slice));
      }
      factDates.put(id, date);
      long amount = (100L + random.nextInt(900)) * 10_000_000L * (round + 1);
      boolean upTo = random.nextInt(4) == 0;
      b.append(id).append(',').append(company(lab)).append(',').append(amount).append(",USD,")
          .append(upTo ? "up-to" : "exact").append(',').append(date).append(',')
          .append(SOURCE).append(",usd-krw-").append(date.getYear()).append(",3,")
          .append(MARK_KO).append(',').append(MARK_EN).append('\n');
      String first = "synthetic-valuation-" + lab + "-0";
      if (upTo) {
        ceilings.add(id);
      }
      // A multiple between two ceilings could be anything: check refuses it, so no text asks for one.
      if (round > 0 && !(upTo && ceilings.contains(first))) {
        ratioPairs.add(new String[] {first, id});
      }
      valuationIds.add(id);
    }
    return b.toString();
  }

  private String talent() {
    StringBuilder b = new StringBuilder(
        "id,employer,role_ko,role_en,amount,currency,period,bound,date,source,fx,approx_digits,note_ko,note_en\n");
    int count = Math.max(3, investments / 100);
    for (int i = 1; i <= count; i++) {
      String id = "synthetic-offer-" + i;
      LocalDate date = series && i == 1 ? FACTS_START : dealDate();
      factDates.put(id, date);
      b.append(id).append(',').append(company(1 + random.nextInt(companies))).append(',')
          .append("합성 연구자 직군 ").append(i).append(',').append("Synthetic research role ").append(i)
          .append(',').append((1 + random.nextInt(40)) * 100_000L).append(",USD,year,up-to,").append(date)
          .append(',').append(SOURCE).append(",usd-krw-").append(date.getYear()).append(",4,")
          .append(MARK_KO).append(',').append(MARK_EN).append('\n');
      talentIds.add(id);
    }
    return b.toString();
  }

  private String charts() {
    String compare = "investment:" + investmentIds.get(0) + " investment:" + investmentIds.get(investmentIds.size() - 1);
    return "id,kind,rows,compare,series,currency,scale,period,title_ko,title_en,caption_ko,caption_en\n"
        + "money-flows,money-flows,,,,,,,합성 데이터: 약속한 돈과 넣은 돈,Synthetic data: committed and paid in,"
        + MARK_KO + "," + MARK_EN + "\n"
        + "valuations,valuations,,,,,log,,합성 데이터: 기업가치,Synthetic data: valuations," + MARK_KO + "," + MARK_EN + "\n"
        + "cumulative,cumulative,,,investor,,,year,합성 데이터: 누적 투자,Synthetic data: cumulative," + MARK_KO + ","
        + MARK_EN + "\n"
        + "talent-pay,talent," + talentIds.get(0) + "," + compare
        + ",,,,,합성 데이터: 연봉 비교,Synthetic data: pay in context," + MARK_KO + "," + MARK_EN + "\n";
  }

  /** The figures one text pair cites: both languages cite the same rows. */
  private final class Figures {
    final String[] inv = new String[6];
    final String val;
    final String[] ratio;
    final String talent;
    final String lab;

    Figures(LocalDate date) {
      for (int k = 0; k < inv.length; k++) {
        inv[k] = pick(investmentIds, date);
      }
      val = pick(valuationIds, date);
      List<String[]> pairs = series
          ? ratioPairs.stream().filter(p -> onRecord(p[0], date) && onRecord(p[1], date)).toList()
          : ratioPairs;
      ratio = pairs.isEmpty() ? null : pairs.get(random.nextInt(pairs.size()));
      talent = pick(talentIds, date);
      lab = foundedLabs.get(random.nextInt(foundedLabs.size()));
    }
  }

  private String koText(int n, LocalDate date, Figures f) {
    StringBuilder b = new StringBuilder();
    b.append("---\ntitle: 합성 브리핑 ").append(n).append(" — 가상의 투자 경쟁\ndate: ").append(date)
        .append("\nsummary: ").append(MARK_KO).append(". 가상의 회사들이 가상의 AI 회사에 투자한다는 가상의 이야기다.\n---\n\n");
    b.append("> ").append(MARK_KO).append(". 이 글의 회사, 거래, 숫자는 모두 생성기가 만든 것이다.\n\n");
    for (int s = 0; s < 3; s++) {
      b.append("## 가상의 투자 경쟁, 장면 ").append(s + 1).append("\n\n");
      b.append("가상의 투자사는 {{investment:").append(f.inv[2 * s]).append(":date}}에 {{investment:")
          .append(f.inv[2 * s]).append("}}를 투자한다고 밝혔다. 이어서 {{investment:").append(f.inv[2 * s + 1])
          .append(":amount}}를 더 넣었다. 업계는 이 합성 거래가 경쟁을 더 뜨겁게 만들 것으로 본다. ")
          .append("투자 회사들은 유망한 가상의 스타트업 지분을 확보하고 그 기술을 자기 서비스에 넣으려 한다.\n\n");
    }
    b.append("## 기업가치와 인재\n\n");
    b.append("- 가상의 AI 회사는 {{valuation:").append(f.val).append("}}로 평가받았다.\n");
    if (f.ratio != null) {
      b.append("- 첫 평가 이후 기업가치는 {{ratio:").append(f.ratio[0]).append(':').append(f.ratio[1])
          .append("}}배가 됐다.\n");
    }
    b.append("- 이 회사는 {{company:").append(f.lab).append(":founded}}에 세워졌다.\n\n");
    b.append("인재 경쟁도 가상으로 치열하다. 기업들은 최고 수준의 연구자에게 {{talent:").append(f.talent)
        .append("}}에 이르는 연봉을 제안했다. 수요가 공급을 크게 웃돌면서 제안 금액은 계속 오른다.\n");
    return b.toString();
  }

  private String enText(int n, LocalDate date, Figures f) {
    StringBuilder b = new StringBuilder();
    b.append("---\ntitle: Synthetic briefing ").append(n).append(" — an imaginary investment race\ndate: ").append(date)
        .append("\nsummary: ").append(MARK_EN).append(". Made-up investors back made-up AI companies in a made-up story.\n---\n\n");
    b.append("> ").append(MARK_EN).append(". Every company, deal and figure here was made up by a generator.\n\n");
    for (int s = 0; s < 3; s++) {
      b.append("## The imaginary race, scene ").append(s + 1).append("\n\n");
      b.append("A made-up investor said on {{investment:").append(f.inv[2 * s]).append(":date}} that it would invest {{investment:")
          .append(f.inv[2 * s]).append("}}. It then added {{investment:").append(f.inv[2 * s + 1])
          .append(":amount}}. The industry expects this synthetic deal to heat up the race further. ")
          .append("Investors want stakes in promising imaginary start-ups whose technology they can build into their own services.\n\n");
    }
    b.append("## Valuations and talent\n\n");
    b.append("- The imaginary AI company is valued at {{valuation:").append(f.val).append("}}.\n");
    if (f.ratio != null) {
      b.append("- Its value has grown {{ratio:").append(f.ratio[0]).append(':').append(f.ratio[1])
          .append("}} times since its first valuation.\n");
    }
    b.append("- The company was founded in {{company:").append(f.lab).append(":founded}}.\n\n");
    b.append("The talent war is just as imaginary and just as fierce. Companies offered top researchers annual pay of {{talent:")
        .append(f.talent).append("}}. With demand far above supply, the offers keep rising.\n");
    return b.toString();
  }

  private static void write(Path path, String text) throws IOException {
    Files.createDirectories(path.getParent());
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }
}
