package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.site.view.MailEdition;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which blocks of a text the e-mail carries, and how a list reads there. */
class MailParagraphsTest {
  private static final URI PAGE = URI.create("https://example.org/ko/briefings/b.html");

  @Test
  void aListAmongTheFirstParagraphsComesWithThemSoASumAfterItKeepsItsParts() {
    String html = "<p>첫 문단.</p><h2>소제목</h2>"
        + "<ul><li>삼성전자: <span class=\"figure\">450조원</span></li><li><p>현대차그룹: 125조원</p></li>"
        + "<li>한화: <a href=\"../companies/hanwha.html\">약 11조원</a></li></ul>"
        + "<p>세 그룹의 계획을 더하면 586조원이다.</p><ol><li>하나</li><li>둘</li></ol><p>셋째 문단.</p><p>넷째 문단.</p>";
    List<MailEdition.Paragraph> mail = MailRenderer.paragraphs(html, PAGE);
    assertThat(mail).extracting(MailEdition.Paragraph::text).containsExactly(
        "첫 문단.",
        "• 삼성전자: 450조원\n• 현대차그룹: 125조원\n• 한화: 약 11조원[1]\n[1] https://example.org/ko/companies/hanwha.html",
        "세 그룹의 계획을 더하면 586조원이다.",
        "1. 하나\n2. 둘",
        "셋째 문단.");
    // In HTML the items are lines of one paragraph, links absolute, no site classes and no nested paragraph.
    assertThat(mail.get(1).html()).isEqualTo("• 삼성전자: <span>450조원</span><br>• 현대차그룹: 125조원<br>• 한화: "
        + "<a href=\"https://example.org/ko/companies/hanwha.html\" style=\"" + MailRenderer.LINK_STYLE + "\">약 11조원</a>");
  }
}
