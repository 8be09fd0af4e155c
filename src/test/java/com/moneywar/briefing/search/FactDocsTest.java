package com.moneywar.briefing.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Story;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a data row's search result says of it, in each language. */
class FactDocsTest {
  @TempDir Path dir;

  /** Figures left out: only the words around them are under test here. */
  private static class Words implements SearchWording {
    @Override
    public String figure(FigureRef ref, Lang lang) {
      return "";
    }

    @Override
    public String standing(String kind, String id, Lang lang) {
      return "";
    }

    @Override
    public String briefingText(Story story, String text, Lang lang) {
      return text;
    }

    @Override
    public Map<String, String> words(Lang lang) {
      return ShippedProject.messages(lang.code());
    }
  }

  private static String round(Briefing b, Lang lang, String id) {
    return FactDocs.read(b, lang, new Words()).stream().filter(d -> d.url().endsWith("#round-" + id)).findFirst()
        .orElseThrow().text();
  }

  @Test
  void aLetterOfIntentIsNotNamedAgainAfterItsFigure() {
    // Walk 126: "(약 140조원, 의향서) · 투자 약정 · 의향서": the figure's brackets say it already.
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.appendRows(project, "data/investments.csv", "fixture-loi,nvidia,openai,commitment,,100000000000,USD,"
        + "up-to,intent,2025-09-22,seed-2024-03-28,none,,시험용.,Fixture.,,,,,,,,,\n");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    SearchWording standing = new Words() {
      @Override
      public String standing(String kind, String id, Lang lang) {
        return !id.equals("fixture-loi") ? "" : lang == Lang.KO ? "최대 1000억달러(의향서)" : "up to $100 billion (letter of intent)";
      }
    };
    for (Lang lang : Lang.values()) {
      String text = FactDocs.read(b, lang, standing).stream().map(SearchDoc::text)
          .filter(t -> t.contains("1000억달러(의향서)") || t.contains("$100 billion (letter")).findFirst().orElseThrow();
      String said = lang == Lang.KO ? "의향서" : "letter of intent";
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      assertThat(lower.indexOf(said)).as(text).isEqualTo(lower.lastIndexOf(said));
    }
    // An agreed investment keeps its status words: nothing in its figure says them.
    assertThat(FactDocs.read(b, Lang.KO, new Words()).stream().map(SearchDoc::text)
        .filter(t -> t.startsWith("아마존 (Amazon) → 앤스로픽 (Anthropic)"))).anySatisfy(t -> assertThat(t).contains(" · 집행 완료"));
  }

  @Test
  void oneLeadInvestorOrParticipantIsNamedInTheSingular() {
    // A new user's search result read "Lead investors ASML" for a round with one lead.
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.replace(project, "data/rounds.csv", ",series-e,lightspeed,bessemer general-catalyst,",
        ",series-e,lightspeed,bessemer,");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    assertThat(round(b, Lang.EN, "anthropic-2025-03"))
        .contains(" · Lead investor Lightspeed Venture Partners (라이트스피드벤처파트너스) · Participant Bessemer")
        .doesNotContain("Lead investors", "Participants");
    assertThat(round(b, Lang.EN, "openai-2025-03"))
        .contains(" · Lead investor SoftBank Group (소프트뱅크그룹) · Participants Microsoft (마이크로소프트), ");
    // Korean nouns have no plural: one word for one investor or several.
    assertThat(round(b, Lang.KO, "anthropic-2025-03")).contains(" · 주도 투자자 라이트스피드벤처파트너스 (Lightspeed"
        + " Venture Partners) · 참여 투자자 베서머");
    assertThat(round(b, Lang.KO, "openai-2025-03")).contains(" · 참여 투자자 마이크로소프트 (Microsoft), ");
  }

  @Test
  void aNameThatHoldsTheOtherLanguagesIsNotGivenItTwice() {
    // A new user's Korean result read "주도 투자자 싱가포르투자청(GIC) (GIC)".
    com.moneywar.briefing.model.Localized gic = new com.moneywar.briefing.model.Localized("싱가포르투자청(GIC)", "GIC");
    assertThat(FactDocs.both(gic, Lang.KO)).isEqualTo("싱가포르투자청(GIC)");
    assertThat(FactDocs.both(gic, Lang.EN)).isEqualTo("GIC (싱가포르투자청)");
    com.moneywar.briefing.model.Localized anthropic = new com.moneywar.briefing.model.Localized("앤스로픽", "Anthropic");
    assertThat(FactDocs.both(anthropic, Lang.KO)).isEqualTo("앤스로픽 (Anthropic)");
    assertThat(FactDocs.both(anthropic, Lang.EN)).isEqualTo("Anthropic (앤스로픽)");
    com.moneywar.briefing.model.Localized kt = new com.moneywar.briefing.model.Localized("KT", "KT");
    assertThat(FactDocs.both(kt, Lang.KO)).isEqualTo("KT");
  }
}
