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
        .containsExactly("앤스로픽에 ", "27억5000만달러(약 3조7100억원)를 ", "추가 ", "투자한다고");
  }

  /** The offsets at which the breaker allows a line to end. */
  private static List<Integer> breaks(String text) {
    HangulLineBreaker breaker = new HangulLineBreaker();
    breaker.setText(text);
    List<Integer> offsets = new ArrayList<>();
    for (int at = breaker.next(); at != BreakIterator.DONE; at = breaker.next()) {
      offsets.add(at);
    }
    return offsets;
  }

  @Test
  void neverBreaksBeforeAParticleAfterABracketOrInsideABoundFigure() {
    String text = "앤스로픽의 기업가치는 615억달러(약 88조4000억원)로 평가받았다";
    int particle = text.indexOf(")로") + 1;
    int figure = text.indexOf("약 88조");
    assertThat(breaks(text)).doesNotContain(particle)
        .noneMatch(at -> at > figure && at < figure + "약 88조4000억원".length());
    assertThat(pieces(text)).containsExactly("앤스로픽의 ", "기업가치는 ", "615억달러(약 88조4000억원)로 ", "평가받았다");
  }

  @Test
  void keepsEachBoundWordWithTheFigureAfterIt() {
    assertThat(pieces("최대 100억달러를 투자해 최소 5조원, 총 40억달러 약속 (약 3조7100억원)에"))
        .containsExactly("최대 100억달러를 ", "투자해 ", "최소 5조원, ", "총 40억달러 ", "약속 ", "(약 3조7100억원)에");
  }

  @Test
  void aBoundWordOnlyBindsAsAWholeWordBeforeADigit() {
    assertThat(pieces("계약 10건을 최대 규모로")).containsExactly("계약 ", "10건을 ", "최대 ", "규모로");
  }

  @Test
  void keepsAKoreanWordWholeEvenAtAHyphenOrQuote() {
    assertThat(pieces("‘마이크로소프트(MS)-오픈AI’ 동맹에"))
        .containsExactly("‘마이크로소프트(MS)-오픈AI’ ", "동맹에");
  }

  @Test
  void neverBreaksARangeOfFiguresAfterItsDash() {
    assertThat(pieces("weighing $5–10\u00A0million (about\u00A0₩7–14\u00A0billion), $800\u00A0million–$1.2\u00A0billion"))
        .containsExactly("weighing ", "$5–10\u00A0million ", "(about\u00A0₩7–14\u00A0billion), ",
            "$800\u00A0million–$1.2\u00A0billion");
  }

  @Test
  void stillBreaksEnglishAfterAHyphen() {
    assertThat(pieces("state-of-the-art models")).containsExactly("state-", "of-", "the-", "art ", "models");
  }
}
