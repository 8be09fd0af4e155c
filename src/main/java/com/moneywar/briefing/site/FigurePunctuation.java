package com.moneywar.briefing.site;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Keeps the punctuation written right after a figure in an English text ({@code December 23,
 * 2024,}, {@code $157 billion.}) on the figure's line: browsers never start a line with it, but
 * the PDF's line breaker may break between the figure's span and the comma after it. Only that
 * punctuation is kept with the figure: with its last piece ({@link FigureNode#keepTrailing}), or
 * with a company's name in a {@link NoBreakNode}; English otherwise breaks as it
 * likes (Korean words are kept whole by {@link KoreanWords}). Stateless.
 */
final class FigurePunctuation {
  private static final String TRAILING = ",.;:!?)]”’'\"";

  private FigurePunctuation() {}

  static void keepWithFigures(Node document) {
    List<FigureNode> figures = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(CustomNode node) {
        if (node instanceof FigureNode figure) {
          figures.add(figure);
        }
        visitChildren(node);
      }
    });
    for (FigureNode figure : figures) {
      if (!(figure.getNext() instanceof Text text)) {
        continue;
      }
      String literal = text.getLiteral();
      int end = 0;
      while (end < literal.length() && TRAILING.indexOf(literal.charAt(end)) >= 0) {
        end++;
      }
      if (end == 0) {
        continue;
      }
      if (figure.company().isEmpty()) {
        // An amount's punctuation goes with its last piece only, so the figure may still break
        // before its brackets (FigurePieces.of).
        figure.keepTrailing(literal.substring(0, end));
        if (end == literal.length()) {
          text.unlink();
        } else {
          text.setLiteral(literal.substring(end));
        }
        continue;
      }
      NoBreakNode keep = new NoBreakNode();
      figure.insertBefore(keep);
      keep.appendChild(figure);
      keep.appendChild(new Text(literal.substring(0, end)));
      if (end == literal.length()) {
        text.unlink();
      } else {
        text.setLiteral(literal.substring(end));
      }
    }
  }
}
