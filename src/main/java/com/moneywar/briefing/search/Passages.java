package com.moneywar.briefing.search;

import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A briefing's text as search results show it: its title with its summary, then one plain-text
 * passage per paragraph, heading,
 * quote or list item, with the data-bound figures written as the page writes them (as of the
 * edition's date, by {@link SearchWording#briefingText}). Code fences
 * (charts) are left out.
 */
final class Passages {
  private static final Pattern BLOCK_MARK = Pattern.compile("^\\s{0,3}(#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+[.)]\\s+)+");
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|\\*|`|<|>");
  private static final Pattern TABLE_RULE = Pattern.compile("^[\\s|:-]+$");

  private Passages() {}

  static List<SearchDoc> read(Story story, Lang lang, SearchWording wording) {
    Article a = story.in(lang);
    String date = PartialDate.of(a.date()).in(lang);
    String url = "briefings/" + a.slug() + ".html";
    List<SearchDoc> docs = new ArrayList<>();
    // The title is searched once, with the summary; each paragraph only by its own words.
    String title = wording.briefingText(story, a.title(), lang);
    docs.add(new SearchDoc(SearchDoc.Kind.BRIEFING, title, date, a.date().toString(), url,
        wording.briefingText(story, a.summary(), lang).strip(), true));
    for (String block : blocks(a.markdown())) {
      String text = wording.briefingText(story, block, lang).replaceAll("\\s+", " ").strip();
      if (!text.isEmpty()) {
        docs.add(new SearchDoc(SearchDoc.Kind.BRIEFING, title, date, a.date().toString(), url, text, false));
      }
    }
    return docs;
  }

  /** The paragraphs of a Markdown text, block marks and inline marks removed, placeholders kept. */
  static List<String> blocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String fence = null;
    for (String line : markdown.split("\r?\n", -1)) {
      String trimmed = line.strip();
      if (fence != null) {
        if (trimmed.startsWith(fence)) {
          fence = null;
        }
        continue;
      }
      if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
        flush(current, blocks);
        fence = trimmed.substring(0, 3);
        continue;
      }
      boolean newItem = BLOCK_MARK.matcher(line).lookingAt() && !trimmed.startsWith(">");
      if (trimmed.isEmpty() || newItem || trimmed.startsWith("|") || TABLE_RULE.matcher(trimmed).matches()) {
        flush(current, blocks);
      }
      if (trimmed.isEmpty() || TABLE_RULE.matcher(trimmed).matches()) {
        continue;
      }
      String text = BLOCK_MARK.matcher(line).replaceFirst("");
      text = LINK.matcher(text).replaceAll("$1");
      text = EMPHASIS.matcher(text).replaceAll("").replace('|', ' ');
      current.append(text).append(' ');
      if (trimmed.startsWith("#") || trimmed.startsWith("|")) {
        flush(current, blocks);
      }
    }
    flush(current, blocks);
    return blocks;
  }

  private static void flush(StringBuilder current, List<String> blocks) {
    if (!current.toString().isBlank()) {
      blocks.add(current.toString().strip());
    }
    current.setLength(0);
  }
}
