package com.moneywar.briefing.site.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a figure in large type may break: between its pieces only, never inside an amount or a range. */
class FigurePiecesTest {
  @Test
  void aCardBreaksAFigureBeforeItsStatusAndNeverInsideTheAmount() {
    assertThat(FigurePieces.html("up to $30.5 billion (partly reported)"))
        .isEqualTo("<span class=\"nobr\">up to</span> <span class=\"nobr\">$30.5 billion</span> <span class=\"nobr\">(partly reported)</span>");
    // Korean writes the brackets right after the amount: the break there is offered, not a space.
    assertThat(FigurePieces.html("최대 305억달러(일부 보도)"))
        .isEqualTo("<span class=\"nobr\">최대</span> <span class=\"nobr\">305억달러</span><wbr><span class=\"nobr\">(일부 보도)</span>");
    assertThat(FigurePieces.html("40억달러")).isEqualTo("<span class=\"nobr\">40억달러</span>");
    assertThat(FigurePieces.html("")).isEmpty();
    assertThat(FigurePieces.html("AT&T <b>")).isEqualTo("<span class=\"nobr\">AT&amp;T &lt;b&gt;</span>");
  }

  @Test
  void theWordsBeforeTheAmountMayGoOnALineOfTheirOwn() {
    // A new user's "more than 380 billion yuan" ran past a phone's screen in a title, and broke
    // as "y" / "uan" in a PDF's key-figure card.
    assertThat(FigurePieces.of("more than 380 billion yuan")).containsExactly("more than", " ", "380 billion yuan");
    assertThat(FigurePieces.of("up to about HK$4.35 billion (reported)"))
        .containsExactly("up to about", " ", "HK$4.35 billion", " ", "(reported)");
    // Never inside the amount, nor before the words after it.
    assertThat(FigurePieces.of("380억위안 이상")).containsExactly("380억위안 이상");
    assertThat(FigurePieces.of("$4.35 billion")).containsExactly("$4.35 billion");
    // A date's month stays with its year.
    assertThat(FigurePieces.of("September 2023")).containsExactly("September 2023");
  }

  @Test
  void aFloorPlusACeilingBreaksBeforeThePlus() {
    // A company card's "more than $13 billion plus up to $30 billion (partly reported)" ran past the
    // card's right edge at 1280 px: the two amounts were one piece.
    assertThat(FigurePieces.of("more than $13 billion plus up to $30 billion (partly reported)"))
        .containsExactly("more than", " ", "$13 billion", " ", "plus up to", " ", "$30 billion", " ", "(partly reported)");
    assertThat(FigurePieces.of("130억달러 이상 + 최대 300억달러(일부 보도)"))
        .containsExactly("130억달러 이상", " ", "+ 최대", " ", "300억달러", "(일부 보도)");
    // Only between the amounts: a "plus" inside the brackets or a name stays where it is.
    assertThat(FigurePieces.of("$5 billion (Disney plus others)")).containsExactly("$5 billion", " ", "(Disney plus others)");
  }

  @Test
  void amountsInSeveralCurrenciesBreakAfterTheCommaBetweenThemNotInsideTheirBrackets() {
    assertThat(FigurePieces.listHtml("up to $14 billion (partly reported; payments reported), €15 million"))
        .isEqualTo("<span class=\"nobr\">up to</span> <span class=\"nobr\">$14 billion</span> <span class=\"nobr\">(partly reported;</span> "
            + "<span class=\"nobr\">payments reported)</span>, <span class=\"nobr\">€15 million</span>");
  }
}
