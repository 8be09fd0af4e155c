package com.moneywar.briefing.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax of data-bound figures, {@code {{kind:id}}} or {@code {{kind:id:field}}} (and {@code
 * {{ratio:from:to}}}, {@code {{sum:kind:id+id+…}}}), shared by the loader, which checks them, and
 * the renderers, which replace them. Pure and thread-safe.
 */
public final class Placeholders {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");

  /**
   * For each kind, the fields it may name after its id ({@code ""} is the default rendering); {@code
   * alt} is the other figure a row gives ({@code alt_amount}), which every fact table has.
   */
  public static final Map<String, Set<String>> FIELDS =
      Map.of(
          "investment", Set.of("", "amount", "krw", "date", "claim", "alt"),
          "valuation", Set.of("", "amount", "krw", "date", "claim", "basis", "alt"),
          "talent", Set.of("", "amount", "krw", "date", "claim", "alt"),
          "round", Set.of("", "amount", "krw", "date", "claim", "type", "lead", "participants",
              "investors", "alt"),
          "flow", Set.of("", "amount", "krw", "date", "claim", "percent", "status", "alt", "paid", "capacity", "closed"),
          "spending", Set.of("", "amount", "krw", "date", "claim", "period", "status", "alt"),
          "company", Set.of("name", "founded"),
          "ratio", Set.of(""),
          "sum", Set.of("", "amount", "krw"));

  /** The kinds of fact a {@code {{sum:…}}} adds up. */
  public static final Set<String> SUMMABLE = Set.of("investment", "round", "flow", "spending");

  /**
   * A placeholder found in a text: its offsets and what it refers to, or why it is malformed. A
   * {@code sum}'s ids are whole keys, {@code flow:ID}, one per row it adds up.
   */
  public record Match(int start, int end, String text, String kind, List<String> ids, String field, String error) {
    public Match {
      ids = List.copyOf(ids);
    }

    public boolean isValid() {
      return error.isEmpty();
    }
  }

  private Placeholders() {}

  /** Every {@code {{…}}} in {@code text}, in order, well-formed or not. */
  public static List<Match> find(String text) {
    if (!text.contains("{{")) {
      return List.of(); // headings, quotes and most plain text: no need to run the pattern
    }
    List<Match> matches = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      matches.add(parse(m.start(), m.end(), m.group(), m.group(1).strip()));
    }
    return matches;
  }

  /** Parses the inside of one placeholder, as in config lists ({@code investment:amazon-anthropic-t2}). */
  public static Match parse(int start, int end, String text, String inside) {
    String[] parts = inside.split(":", -1);
    String kind = parts[0].strip();
    if (!FIELDS.containsKey(kind)) {
      return invalid(start, end, text, "expected a figure such as {{investment:ID}}, {{valuation:ID}}, "
          + "{{talent:ID}}, {{round:ID}}, {{flow:ID}}, {{spending:ID}}, {{company:ID:name}}, {{company:ID:founded}},"
          + " {{ratio:FROM:TO}} or {{sum:KIND:ID+ID}}, found '" + text + "'"
          + NearestName.hint(kind, FIELDS.keySet().stream().sorted().toList()));
    }
    if (kind.equals("sum")) {
      return sum(start, end, text, parts);
    }
    if (kind.equals("ratio")) {
      if (parts.length != 3 || parts[1].isBlank() || parts[2].isBlank()) {
        return invalid(start, end, text, "expected {{ratio:FROM_VALUATION:TO_VALUATION}}, found '" + text + "'");
      }
      return new Match(start, end, text, kind, List.of(parts[1].strip(), parts[2].strip()), "", "");
    }
    if (parts.length < 2 || parts.length > 3 || parts[1].isBlank()) {
      return invalid(start, end, text, "expected {{" + kind + ":ID}} or {{" + kind + ":ID:FIELD}}, found '" + text + "'");
    }
    String field = parts.length == 3 ? parts[2].strip() : "";
    if (!FIELDS.get(kind).contains(field)) {
      return invalid(start, end, text, "expected one of the fields "
          + String.join(", ", FIELDS.get(kind).stream().filter(f -> !f.isEmpty()).sorted().toList())
          + " after {{" + kind + ":ID:, found '" + field + "' in '" + text + "'"
          + NearestName.hint(field, FIELDS.get(kind).stream().filter(f -> !f.isEmpty()).sorted().toList()));
    }
    return new Match(start, end, text, kind, List.of(parts[1].strip()), field, "");
  }

  /** {@code {{sum:flow:a+b+c}}}, {@code {{sum:investment:a+b:amount}}}: two or more rows of one table. */
  private static Match sum(int start, int end, String text, String[] parts) {
    String usage = "expected {{sum:KIND:ID+ID}} (two or more ids of one table, KIND investment, round, flow or spending, then"
        + " optionally :amount or :krw), found '" + text + "'";
    if (parts.length < 3 || parts.length > 4 || !SUMMABLE.contains(parts[1].strip())) {
      return invalid(start, end, text, usage);
    }
    String kind = parts[1].strip();
    List<String> ids = new ArrayList<>();
    for (String id : parts[2].split("\\+", -1)) {
      if (id.isBlank()) {
        return invalid(start, end, text, usage);
      }
      ids.add(kind + ":" + id.strip());
    }
    String field = parts.length == 4 ? parts[3].strip() : "";
    if (ids.size() < 2 || !FIELDS.get("sum").contains(field)) {
      return invalid(start, end, text, usage);
    }
    return new Match(start, end, text, "sum", ids, field, "");
  }

  private static Match invalid(int start, int end, String text, String error) {
    return new Match(start, end, text, "", List.of(), "", error);
  }
}
