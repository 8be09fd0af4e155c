package com.moneywar.briefing.site;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Keeps Korean words (the runs between two spaces) whole where a browser would break them. Korean
 * breaks only at spaces, and {@code word-break: keep-all} gives that between syllables, but
 * Chromium still breaks after a closing bracket or quote, around a hyphen and before an opening
 * bracket ({@code 615억달러(약 88조4000억원)} / {@code 로}). So every word that holds a figure, or
 * holds Hangul and a bracket, quote or dash, is moved into a {@link NoBreakNode}: a figure goes
 * with the syllables glued to it on either side ({@code 최대 184억달러(약 25조원)로}, spaces inside
 * the figure included). Words are found across sibling text and figure nodes; any other inline
 * node (emphasis, a link, a line break) ends a word. Stateless.
 */
final class KoreanWords {
  private KoreanWords() {}

  /** Wraps the words of {@code document} that need it; call after figures are in place. */
  static void keepWhole(Node document) {
    List<Node> parents = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        addParent(text);
      }

      @Override
      public void visit(CustomNode node) {
        if (node instanceof FigureNode) {
          addParent(node);
        }
        visitChildren(node);
      }

      private void addParent(Node node) {
        if (!parents.contains(node.getParent())) {
          parents.add(node.getParent());
        }
      }
    });
    parents.forEach(KoreanWords::wrapChildren);
  }

  /** One character of a run of siblings, or a whole figure. */
  private record Atom(char c, FigureNode figure) {
    boolean isSpace() {
      return figure == null && Character.isWhitespace(c);
    }
  }

  private static void wrapChildren(Node parent) {
    List<Node> run = new ArrayList<>();
    Node child = parent.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      if (child instanceof Text || child instanceof FigureNode) {
        run.add(child);
      } else {
        wrapRun(run);
        run.clear();
      }
      child = next;
    }
    wrapRun(run);
  }

  private static void wrapRun(List<Node> run) {
    if (run.isEmpty()) {
      return;
    }
    List<Atom> atoms = new ArrayList<>();
    for (Node n : run) {
      if (n instanceof FigureNode f) {
        atoms.add(new Atom(' ', f));
      } else {
        ((Text) n).getLiteral().chars().forEach(c -> atoms.add(new Atom((char) c, null)));
      }
    }
    Node parent = run.get(0).getParent();
    Node after = run.get(run.size() - 1).getNext();
    run.forEach(Node::unlink);
    List<Node> replaced = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < atoms.size()) {
      int end = i;
      while (end < atoms.size() && !atoms.get(end).isSpace()) {
        end++;
      }
      if (end == i) {
        plain.append(atoms.get(i).c());
        i++;
        continue;
      }
      List<Atom> word = atoms.subList(i, end);
      if (breaksBeforeItsBrackets(word)) {
        // Too long for a phone's line as one word: the figure keeps its own pieces on one line each
        // and may break before its brackets, the syllables glued after it going with its last piece.
        flush(plain, replaced);
        FigureNode figure = word.get(0).figure();
        StringBuilder rest = new StringBuilder();
        word.subList(1, word.size()).forEach(a -> rest.append(a.c()));
        figure.keepTrailing(figure.trailing() + rest);
        replaced.add(figure);
      } else if (needsKeeping(word, LINE_EM)) {
        flush(plain, replaced);
        NoBreakNode keep = new NoBreakNode();
        StringBuilder text = new StringBuilder();
        for (Atom a : word) {
          if (a.figure() != null) {
            flush(text, keep);
            keep.appendChild(a.figure());
          } else {
            text.append(a.c());
          }
        }
        flush(text, keep);
        replaced.add(keep);
      } else {
        word.forEach(a -> plain.append(a.c()));
      }
      i = end;
    }
    flush(plain, replaced);
    for (Node n : replaced) {
      if (after == null) {
        parent.appendChild(n);
      } else {
        after.insertBefore(n);
      }
    }
  }

  /**
   * The widest word, in em, kept whole on one line: about the width of a line on a 360 px phone. A
   * figure word wider than that ({@code 220억~225억달러(약 31조4000억~32조1000억원)를}) would run out
   * of the page, so it may break before its brackets; narrower ones ({@code 27억5000만달러(약
   * 3조7100억원)를}) never do.
   */
  static final double LINE_EM = 17;

  /**
   * The widest run of words joined by dots or brackets kept whole in a headline: about a line of a
   * briefing's title (1.9 rem) on a 360 px phone. A wider one may break at its dots, as the browser
   * would ("베팅…스타게이트·암페어·사카이까지", 16 em, ran off a new user's phone kept whole).
   */
  static final double HEADLINE_EM = 10.5;

  /**
   * Whether the word is one figure (with no page link) and the syllables glued after it, wider than
   * {@link #LINE_EM}, whose figure has brackets after its amount to break before.
   */
  private static boolean breaksBeforeItsBrackets(List<Atom> word) {
    FigureNode figure = word.get(0).figure();
    if (figure == null || !figure.page().isEmpty() || word.stream().skip(1).anyMatch(a -> a.figure() != null)) {
      return false;
    }
    int bracket = figure.text().indexOf('(');
    if (bracket <= 0) {
      return false;
    }
    StringBuilder text = new StringBuilder(figure.text());
    word.subList(1, word.size()).forEach(a -> text.append(a.c()));
    return ems(text) > LINE_EM;
  }

  /** A rough width in em of Korean text: a syllable 1, a digit or Latin letter 0.55, anything else 0.35. */
  static double ems(CharSequence text) {
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      em += Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL ? 1
          : Character.isLetterOrDigit(c) ? 0.55 : 0.35;
    }
    return em;
  }

  /**
   * A word with a figure, or with Hangul and, inside it (not first or last), a bracket, quote or
   * dash a browser may break beside: {@code 월스트리트저널(WSJ)은}, not {@code ‘마침표’}.
   */
  /**
   * Plain text as HTML, each Korean word that a browser would break inside (Hangul and, inside it, a
   * bracket, quote, dash, middle dot or ellipsis: {@code 삼성전자·SK하이닉스와}) in a {@code <span
   * class="nobr">}, the rest escaped; for the titles and summaries, which are no Markdown.
   */
  static String keepWholeHtml(String text, java.util.function.UnaryOperator<String> escape, double widest) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      if (end == i) {
        out.append(escape.apply(String.valueOf(text.charAt(i))));
        i++;
        continue;
      }
      String word = text.substring(i, end);
      List<Atom> atoms = new ArrayList<>();
      word.chars().forEach(c -> atoms.add(new Atom((char) c, null)));
      out.append(needsKeeping(atoms, widest) ? "<span class=\"nobr\">" + escape.apply(word) + "</span>" : escape.apply(word));
      i = end;
    }
    return out.toString();
  }

  /** Whether {@code word} is kept whole: see {@link #keepWholeHtml}; a run of words wider than {@code widest} em is not. */
  private static boolean needsKeeping(List<Atom> word, double widest) {
    boolean hangul = false;
    boolean breakable = false;
    for (int i = 0; i < word.size(); i++) {
      Atom a = word.get(i);
      if (a.figure() != null) {
        return true;
      }
      hangul |= Character.UnicodeScript.of(a.c()) == Character.UnicodeScript.HANGUL;
      breakable |= i > 0 && i < word.size() - 1 && isBracketQuoteOrDash(a.c());
    }
    // A run longer than a phone's line ("베팅…스타게이트·암페어·사카이까지" in a new user's headline)
    // kept whole ran off the screen: it may break at its dots, as the browser would.
    StringBuilder text = new StringBuilder();
    word.forEach(a -> text.append(a.c()));
    return hangul && breakable && ems(text) <= widest;
  }

  static boolean isBracketQuoteOrDash(char c) {
    if (c == '·' || c == '…') {
      // Chromium starts a line with a middle dot or an ellipsis too: 삼성전자 / ·SK하이닉스와.
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION, Character.DASH_PUNCTUATION -> true;
      default -> c == '\'' || c == '"';
    };
  }

  private static void flush(StringBuilder text, List<Node> into) {
    if (!text.isEmpty()) {
      into.add(new Text(text.toString()));
      text.setLength(0);
    }
  }

  private static void flush(StringBuilder text, Node into) {
    if (!text.isEmpty()) {
      into.appendChild(new Text(text.toString()));
      text.setLength(0);
    }
  }
}
