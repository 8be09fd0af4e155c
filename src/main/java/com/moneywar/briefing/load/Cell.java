package com.moneywar.briefing.load;

import com.moneywar.briefing.model.SourcePos;

/** One CSV cell's text and where it starts. */
record Cell(String text, SourcePos pos) {
  boolean isBlank() {
    return text.isBlank();
  }
}
