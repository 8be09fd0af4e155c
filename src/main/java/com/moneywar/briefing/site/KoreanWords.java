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
      if (needsKeeping(word)) {
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
   * A word with a figure, or with Hangul and, inside it (not first or last), a bracket, quote or
   * dash a browser may break beside: {@code 월스트리트저널(WSJ)은}, not {@code ‘마침표’}.
   */
  private static boolean needsKeeping(List<Atom> word) {
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
    return hangul && breakable;
  }

  static boolean isBracketQuoteOrDash(char c) {
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
