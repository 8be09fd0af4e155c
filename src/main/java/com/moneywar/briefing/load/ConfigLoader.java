package com.moneywar.briefing.load;

import com.moneywar.briefing.model.BriefingConfig;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
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
import java.util.Properties;
import java.util.Set;

/** Reads {@code briefing.properties}, the project's one config file. Thread-safe. */
final class ConfigLoader {
  static final String FILE = "briefing.properties";
  private static final Set<String> KEYS =
      Set.of("title.ko", "title.en", "tagline.ko", "tagline.en", "publisher.ko", "publisher.en",
          "base-url", "languages", "paper", "headlines", "print-stories", "fx-max-age-days");
  /** More than this many briefings in one PDF would take gigabytes to lay out; the site keeps them all. */
  private static final int MAX_PRINT_STORIES = 200;

  BriefingConfig load(String text, List<Problem> problems) {
    Properties props = new Properties();
    try {
      props.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      problems.add(new Problem(SourcePos.startOf(FILE), "expected key=value lines, found " + e.getMessage()));
    }
    String[] lines = text.split("\n", -1);
    for (String key : props.stringPropertyNames().stream().sorted().toList()) {
      if (!KEYS.contains(key)) {
        problems.add(new Problem(position(lines, key),
            "expected one of the keys " + String.join(", ", KEYS.stream().sorted().toList()) + ", found '" + key + "'"));
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
    int fxMaxAge = fxMaxAgeDays(props, lines, problems);
    return new BriefingConfig(title, tagline, publisher, baseUrl, languages, paper, headlines, printStories, fxMaxAge);
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

  private static URI baseUrl(Properties props, String[] lines, List<Problem> problems) {
    String value = props.getProperty("base-url", "/").strip();
    try {
      URI uri = new URI(value.endsWith("/") ? value : value + "/");
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (scheme.isEmpty() || scheme.equals("http") || scheme.equals("https")) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    problems.add(new Problem(position(lines, "base-url"),
        "expected an http(s) URL or a path ending in '/' for 'base-url', found '" + value + "'"));
    return URI.create("/");
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
    String value = props.getProperty("print-stories", "").strip();
    if (value.isEmpty()) {
      return BriefingConfig.DEFAULT_PRINT_STORIES;
    }
    if (value.matches("\\d{1,4}")) {
      int n = Integer.parseInt(value);
      if (n >= 1 && n <= MAX_PRINT_STORIES) {
        return n;
      }
    }
    problems.add(new Problem(position(lines, "print-stories"), "expected a whole number from 1 to "
        + MAX_PRINT_STORIES + " for 'print-stories', found '" + value + "'"));
    return BriefingConfig.DEFAULT_PRINT_STORIES;
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
    SourcePos pos = position(lines, "headlines");
    for (String entry : value.split(",")) {
      String inside = entry.strip();
      Placeholders.Match m = Placeholders.parse(0, 0, "{{" + inside + "}}", inside);
      if (!m.isValid() || m.kind().equals("company") || m.kind().equals("ratio")) {
        problems.add(new Problem(pos, "expected KIND:ID with KIND investment, valuation, talent, round or flow in 'headlines', found '" + inside + "'"));
      } else {
        refs.add(new FigureRef(m.kind(), m.ids(), m.field(), m.text(), pos));
      }
    }
    return refs;
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
