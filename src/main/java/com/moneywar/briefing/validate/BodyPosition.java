package com.moneywar.briefing.validate;

import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.SourcePos;

/** Where an offset into a text's Markdown body is in its file: the line (from the body's first) and column. */
final class BodyPosition {
  private BodyPosition() {}

  static SourcePos of(Article a, int offset) {
    String body = a.markdown();
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (body.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePos(a.file(), a.bodyLine() + line, offset - lineStart + 1);
  }
}
