package com.moneywar.briefing.validate;

import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Placeholders;
import com.moneywar.briefing.model.SourcePos;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Every well-formed placeholder of a text where readers see it: its body, title and summary (a title
 * is on every page, feed and e-mail of the edition), each with the text it stands in and a way to find
 * the file position of any offset of that text. The checks of the words written around figures (the
 * Korean particles, the English articles) walk them alike.
 */
final class TextPlaceholders {
  /** One placeholder: the text it is in, the match, and the position in its file of an offset of {@code text}. */
  interface Visitor {
    void visit(String text, Placeholders.Match m, IntFunction<SourcePos> position);
  }

  private TextPlaceholders() {}

  static void each(Article a, Visitor visitor) {
    String body = a.markdown();
    for (Placeholders.Match m : Placeholders.find(body)) {
      if (m.isValid()) {
        visitor.visit(body, m, offset -> BodyPosition.of(a, offset));
      }
    }
    // The title's and the summary's figures, in the order the loader took them (title first), each
    // with the position of its placeholder in the front matter.
    Iterator<FigureRef> front = a.figures().stream().filter(f -> f.pos().line() < a.bodyLine()).iterator();
    for (String text : List.of(a.title(), a.summary())) {
      for (Placeholders.Match m : Placeholders.find(text)) {
        if (m.isValid() && front.hasNext()) {
          SourcePos at = front.next().pos();
          visitor.visit(text, m, offset -> new SourcePos(at.file(), at.line(), at.column() + (offset - m.start())));
        }
      }
    }
  }
}
