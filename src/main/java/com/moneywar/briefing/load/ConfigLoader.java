package com.moneywar.briefing.load;

import com.moneywar.briefing.model.BriefingConfig;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.MailSettings;
import com.moneywar.briefing.model.Paper;
import com.moneywar.briefing.model.Placeholders;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** Reads {@code briefing.properties}, the project's one config file. Thread-safe. */
final class ConfigLoader {
  static final String FILE = "briefing.properties";
  private static final Set<String> KEYS =
      Set.of("title.ko", "title.en", "tagline.ko", "tagline.en", "publisher.ko", "publisher.en",
          "base-url", "languages", "paper", "headlines", "print-stories", "mail.from", "mail.from-name.ko",
          "mail.from-name.en", "mail.reply-to", "mail.subject.ko", "mail.subject.en", "mail.unsubscribe",
          "fx-max-age-days", "data-page-rows");
  /** An address as a person types it: one @, no spaces or brackets; the mail library checks the rest. */
  private static final java.util.regex.Pattern ADDRESS =
      java.util.regex.Pattern.compile("[^@\\s<>(),;:\"]+@[^@\\s<>(),;:\"]+\\.[^@\\s<>(),;:\"]+");
  /** More than this many briefings in one PDF would take gigabytes to lay out; the site keeps them all. */
  private static final int MAX_PRINT_STORIES = 200;

  /** The command-line option that overrides a config key for one run, by key. */
  static final Map<String, String> OPTIONS = Map.of("base-url", "--base-url");

  private final Map<String, String> overrides;

  /** @param overrides values given on the command line for one run, by config key (see {@link #OPTIONS}) */
  ConfigLoader(Map<String, String> overrides) {
    for (String key : overrides.keySet()) {
      if (!OPTIONS.containsKey(key)) {
        throw new IllegalArgumentException("no command-line option overrides " + key);
      }
    }
    this.overrides = Map.copyOf(overrides);
  }

  BriefingConfig load(String text, List<Problem> problems) {
    Properties props = new Properties();
    try {
      props.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      problems.add(new Problem(SourcePos.startOf(FILE), "expected key=value lines, found " + e.getMessage()));
    }
    props.putAll(overrides);
    String[] lines = text.split("\n", -1);
    for (String key : props.stringPropertyNames().stream().sorted().toList()) {
      if (!KEYS.contains(key)) {
        problems.add(new Problem(position(lines, key),
            "expected one of the keys " + String.join(", ", KEYS.stream().sorted().toList()) + ", found '" + key + "'"
                + com.moneywar.briefing.model.NearestName.hint(key, KEYS)));
      }
    }
    Localized title = localized(props, lines, "title", problems);
    Localized tagline = new Localized(props.getProperty("tagline.ko", ""), props.getProperty("tagline.en", ""));
    Localized publisher = localized(props, lines, "publisher", problems);
    URI baseUrl = baseUrl(props, lines, problems);
    List<Lang> languages = languages(props, lines, problems);
    Paper paper = paper(props, lines, problems);
    List<FigureRef> headlines = headlines(props, lines, problems);
    int printStories = printStories(props, lines, problems);
    MailSettings mail = mail(props, lines, publisher, problems);
    int fxMaxAge = fxMaxAgeDays(props, lines, problems);
    int dataPageRows = dataPageRows(props, lines, problems);
    return new BriefingConfig(title, tagline, publisher, baseUrl, languages, paper, headlines, printStories, mail,
        fxMaxAge, dataPageRows);
  }

  /** The optional {@code mail.*} keys; {@code briefing mail} asks for the ones it needs. */
  private static MailSettings mail(Properties props, String[] lines, Localized publisher, List<Problem> problems) {
    String from = address(props, lines, "mail.from", problems);
    String replyTo = address(props, lines, "mail.reply-to", problems);
    Localized fromName = new Localized(props.getProperty("mail.from-name.ko", publisher.ko()).strip(),
        props.getProperty("mail.from-name.en", publisher.en()).strip());
    Localized subject = new Localized(
        props.getProperty("mail.subject.ko", MailSettings.DEFAULT_SUBJECT).strip(),
        props.getProperty("mail.subject.en", MailSettings.DEFAULT_SUBJECT).strip());
    for (String key : List.of("mail.subject.ko", "mail.subject.en")) {
      String value = props.getProperty(key, MailSettings.DEFAULT_SUBJECT).strip();
      if (value.replace("{title}", "").replace("{date}", "").matches(".*[{}].*") || value.isEmpty()) {
        problems.add(new Problem(position(lines, key),
            "expected a subject with {title} and {date} as the only placeholders in '" + key + "', found '" + value + "'"));
      }
    }
    String unsubscribe = props.getProperty("mail.unsubscribe", "").strip();
    String lower = unsubscribe.toLowerCase(Locale.ROOT);
    if (!unsubscribe.isEmpty() && !(lower.startsWith("mailto:") && ADDRESS.matcher(unsubscribe.substring(7).split("\\?")[0]).matches())
        && !(lower.startsWith("https://") && !unsubscribe.matches(".*[\\s<>].*"))) {
      problems.add(new Problem(position(lines, "mail.unsubscribe"),
          "expected a mailto: address or an https:// URL for 'mail.unsubscribe', found '" + unsubscribe + "'"));
    }
    return new MailSettings(from, fromName, replyTo, subject, unsubscribe);
  }

  private static String address(Properties props, String[] lines, String key, List<Problem> problems) {
    String value = props.getProperty(key, "").strip();
    if (!value.isEmpty() && !ADDRESS.matcher(value).matches()) {
      problems.add(new Problem(position(lines, key),
          "expected an e-mail address such as briefing@example.org for '" + key + "', found '" + value + "'"));
    }
    return value;
  }

  private static Localized localized(Properties props, String[] lines, String key, List<Problem> problems) {
    return new Localized(required(props, lines, key + ".ko", problems), required(props, lines, key + ".en", problems));
  }

  private static String required(Properties props, String[] lines, String key, List<Problem> problems) {
    String value = props.getProperty(key, "").strip();
    if (value.isEmpty()) {
      problems.add(new Problem(position(lines, key), "expected a value for '" + key + "', found "
          + (props.containsKey(key) ? "an empty value" : "no such key")));
    }
    return value;
  }

  /**
   * The site's absolute address: feeds, the sitemap, robots.txt and link previews need absolute
   * URLs, which their formats require, so a path alone is refused.
   */
  private URI baseUrl(Properties props, String[] lines, List<Problem> problems) {
    String value = props.getProperty("base-url", "").strip();
    try {
      URI uri = new URI(value.endsWith("/") ? value : value + "/");
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null
          && uri.getFragment() == null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    SourcePos pos = overrides.containsKey("base-url") ? SourcePos.whole(OPTIONS.get("base-url"))
        : position(lines, "base-url");
    problems.add(new Problem(pos, "expected the site's absolute address, an http(s) URL such as"
        + " https://example.org/briefing/, for 'base-url', found "
        + (props.containsKey("base-url") ? "'" + value + "'" : "no such key")));
    return URI.create("https://example.org/");
  }

  private static List<Lang> languages(Properties props, String[] lines, List<Problem> problems) {
    List<Lang> languages = new ArrayList<>();
    for (String code : props.getProperty("languages", "ko,en").split(",")) {
      Lang.ofCode(code.strip()).ifPresentOrElse(languages::add, () -> problems.add(new Problem(
          position(lines, "languages"), "expected language codes ko and en in 'languages', found '" + code.strip() + "'")));
    }
    if (languages.isEmpty()) {
      languages.add(Lang.KO);
    }
    return List.copyOf(new java.util.LinkedHashSet<>(languages));
  }

  private static Paper paper(Properties props, String[] lines, List<Problem> problems) {
    String value = props.getProperty("paper", "A4").strip();
    for (Paper paper : Paper.values()) {
      if (paper.code().equalsIgnoreCase(value)) {
        return paper;
      }
    }
    problems.add(new Problem(position(lines, "paper"), "expected A4 or Letter for 'paper', found '" + value + "'"));
    return Paper.A4;
  }

  private static int printStories(Properties props, String[] lines, List<Problem> problems) {
    return wholeNumber(props, lines, "print-stories", 1, MAX_PRINT_STORIES, BriefingConfig.DEFAULT_PRINT_STORIES, problems);
  }

  /** The whole number {@code key} gives, from {@code min} to {@code max}; {@code absent} when the key is not set. */
  private static int wholeNumber(Properties props, String[] lines, String key, int min, int max, int absent,
      List<Problem> problems) {
    String value = props.getProperty(key, "").strip();
    if (value.isEmpty()) {
      return absent;
    }
    if (value.matches("\\d{1,5}")) {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    }
    problems.add(new Problem(position(lines, key), "expected a whole number from " + min + " to " + max + " for '"
        + key + "', found '" + value + "'"));
    return absent;
  }

  /** More rows than this on one page would make pages of megabytes; a larger archive is split by year. */
  private static final int MAX_DATA_PAGE_ROWS = 1000;

  private static int dataPageRows(Properties props, String[] lines, List<Problem> problems) {
    return wholeNumber(props, lines, "data-page-rows", 1, MAX_DATA_PAGE_ROWS, BriefingConfig.DEFAULT_DATA_PAGE_ROWS,
        problems);
  }

  private static int fxMaxAgeDays(Properties props, String[] lines, List<Problem> problems) {
    String value = props.getProperty("fx-max-age-days", "").strip();
    if (value.isEmpty()) {
      return BriefingConfig.DEFAULT_FX_MAX_AGE_DAYS;
    }
    if (value.matches("\\d{1,3}") && Integer.parseInt(value) <= 366) {
      return Integer.parseInt(value);
    }
    problems.add(new Problem(position(lines, "fx-max-age-days"),
        "expected a whole number of days from 0 to 366 for 'fx-max-age-days', found '" + value + "'"));
    return BriefingConfig.DEFAULT_FX_MAX_AGE_DAYS;
  }

  private static List<FigureRef> headlines(Properties props, String[] lines, List<Problem> problems) {
    List<FigureRef> refs = new ArrayList<>();
    String value = props.getProperty("headlines", "").strip();
    if (value.isEmpty()) {
      return refs;
    }
    SourcePos keyPos = position(lines, "headlines");
    EntryFinder entries = new EntryFinder(lines, keyPos, "headlines");
    for (String entry : value.split(",")) {
      String inside = entry.strip();
      SourcePos pos = entries.next(inside);
      Placeholders.Match m = Placeholders.parse(0, 0, "{{" + inside + "}}", inside);
      if (!m.isValid() || m.kind().equals("company") || m.kind().equals("ratio") || m.kind().equals("sum")) {
        problems.add(new Problem(pos, "expected KIND:ID with KIND " + com.moneywar.briefing.model.FactKind.codesInWords()
            + " in 'headlines', found '" + inside + "'"));
      } else {
        refs.add(new FigureRef(m.kind(), m.ids(), m.field(), inside, pos));
      }
    }
    return refs;
  }

  /**
   * Finds the entries of a comma-separated value, one after the other, in the lines that set it (a
   * value may go on over lines ending in a backslash), so each is reported where it is written; an
   * entry written with Unicode escapes is reported at its key.
   */
  private static final class EntryFinder {
    private final String[] lines;
    private final SourcePos keyPos;
    private int line;
    private int column;

    EntryFinder(String[] lines, SourcePos keyPos, String key) {
      this.lines = lines;
      this.keyPos = keyPos;
      this.line = keyPos.line() - 1;
      this.column = line < lines.length ? Math.max(0, lines[line].indexOf(key)) + key.length() : 0;
    }

    SourcePos next(String entry) {
      while (line < lines.length) {
        int at = lines[line].indexOf(entry, column);
        if (at >= 0) {
          column = at + entry.length();
          return new SourcePos(FILE, line + 1, at + 1);
        }
        if (!lines[line].stripTrailing().endsWith("\\")) {
          break;
        }
        line++;
        column = 0;
      }
      return keyPos;
    }
  }

  /** The line and column where {@code key} is set, for messages; the file start if it is not. */
  private static SourcePos position(String[] lines, String key) {
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith(key) && line.substring(key.length()).stripLeading().matches("^[=:].*")) {
        int valueAt = lines[i].indexOf(key) + 1;
        return new SourcePos(FILE, i + 1, valueAt);
      }
    }
    return SourcePos.startOf(FILE);
  }
}
