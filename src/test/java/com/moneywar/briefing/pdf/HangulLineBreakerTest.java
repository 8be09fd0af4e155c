package com.moneywar.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HangulLineBreakerTest {
  /** The text cut at every break the breaker offers. */
  private static List<String> pieces(String text) {
    HangulLineBreaker breaker = new HangulLineBreaker();
    breaker.setText(text);
    List<String> pieces = new ArrayList<>();
    int from = 0;
    for (int at = breaker.next(); at != BreakIterator.DONE; at = breaker.next()) {
      if (at > from) {
        pieces.add(text.substring(from, at));
        from = at;
      }
    }
    return pieces;
  }

  @Test
  void breaksKoreanOnlyAfterSpaces() {
    assertThat(pieces("앤스로픽에 27억5000만달러(약 3조7100억원)를 추가 투자한다고"))
        .containsExactly("앤스로픽에 ", "27억5000만달러(약 ", "3조7100억원)를 ", "추가 ", "투자한다고");
  }

  @Test
  void keepsAKoreanWordWholeEvenAtAHyphenOrQuote() {
    assertThat(pieces("‘마이크로소프트(MS)-오픈AI’ 동맹에"))
        .containsExactly("‘마이크로소프트(MS)-오픈AI’ ", "동맹에");
  }

  @Test
  void stillBreaksEnglishAfterAHyphen() {
    assertThat(pieces("state-of-the-art models")).containsExactly("state-", "of-", "the-", "art ", "models");
  }
}
