package com.moneywar.briefing.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import com.moneywar.briefing.testing.TitledProject;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TimeZone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code briefing mail --out}: the e-mail edition of the shipped briefings, parsed back and checked part by
 * part. Most tests read the seed briefing's mail ({@code --slug}), whose text they quote; the newest edition is
 * what {@code mail} writes without {@code --slug}.
 */
class MailEditionTest {
  static final String SLUG = ShippedProject.SEED;
  static Path site;
  @TempDir Path dir;

  @BeforeAll
  static void build() {
    site = BuiltSite.shipped();
  }

  static MimeMessage parse(byte[] eml) throws Exception {
    return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
  }

  /** The seed briefing's mail in {@code lang}. */
  private byte[] write(String lang) throws IOException {
    return write(lang, SLUG, "--slug", SLUG);
  }

  /** The mail {@code briefing mail} writes with {@code options}, which should be that of {@code slug}. */
  private byte[] write(String lang, String slug, String... options) throws IOException {
    return write(ShippedProject.ROOT, site, lang, slug, options);
  }

  /** The mail of {@code project}, built into {@code built}, that {@code briefing mail} writes with {@code options}. */
  private byte[] write(Path project, Path built, String lang, String slug, String... options) throws IOException {
    Path out = dir.resolve("out");
    List<String> args = new java.util.ArrayList<>(List.of("mail", "--project", project.toString(),
        "--site", built.toString(), "--out", out.toString()));
    args.addAll(List.of(options));
    MailCli run = MailCli.run(args.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("wrote " + out.resolve(slug + ".ko.eml"), "wrote " + out.resolve(slug + ".en.eml"));
    return Files.readAllBytes(out.resolve(slug + "." + lang + ".eml"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ko", "en"})
  void withoutSlugItMailsTheNewestBriefingWithItsPdf(String lang) throws Exception {
    String newest = ShippedProject.newest();
    assertThat(newest).isNotEqualTo(SLUG);
    MimeMessage message = parse(write(lang, newest));
    BodyPart pdf = ((MimeMultipart) message.getContent()).getBodyPart(1);
    assertThat(pdf.getFileName()).isEqualTo(newest + "." + lang + ".pdf");
    assertThat(pdf.getInputStream().readAllBytes())
        .isEqualTo(Files.readAllBytes(site.resolve(lang + "/briefings/" + newest + "." + lang + ".pdf")))
        .isEqualTo(Files.readAllBytes(site.resolve(lang + "/briefing." + lang + ".pdf")));
    assertThat(message.getHeader("Message-ID", null)).isEqualTo("<" + newest + "." + lang + "@example.org>");
  }

  /** The headers' part of a message: everything before the first empty line. */
  private static String headers(byte[] eml) {
    String text = new String(eml, StandardCharsets.ISO_8859_1);
    return text.substring(0, text.indexOf("\r\n\r\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ko", "en"})
  void isMultipartMixedHoldingTextAndHtmlAlternativesAndThePdfOfTheBuild(String lang) throws Exception {
    MimeMessage message = parse(write(lang));
    assertThat(message.getContentType()).startsWith("multipart/mixed");
    MimeMultipart mixed = (MimeMultipart) message.getContent();
    assertThat(mixed.getCount()).isEqualTo(2);
    BodyPart body = mixed.getBodyPart(0);
    assertThat(body.getContentType()).startsWith("multipart/alternative");
    MimeMultipart alternative = (MimeMultipart) body.getContent();
    assertThat(alternative.getCount()).isEqualTo(2);
    assertThat(alternative.getBodyPart(0).getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
    assertThat(alternative.getBodyPart(1).getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
    BodyPart pdf = mixed.getBodyPart(1);
    assertThat(pdf.getContentType()).startsWith("application/pdf");
    assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
    assertThat(pdf.getFileName()).isEqualTo("ai-money-war-2024-03-28." + lang + ".pdf");
    assertThat(pdf.getInputStream().readAllBytes())
        .isEqualTo(Files.readAllBytes(site.resolve(lang + "/briefings/ai-money-war-2024-03-28." + lang + ".pdf")));
    assertThat(message.getHeader("Content-Language", null)).isEqualTo(lang);
  }

  @Test
  void koreanSubjectAndSenderNameAreEncodedWordsAndDecodeBack() throws Exception {
    byte[] eml = write("ko");
    String headers = headers(eml);
    // Every header byte is ASCII: the Korean travels as RFC 2047 encoded words.
    assertThat(headers.chars()).allMatch(c -> c < 128);
    assertThat(headers).contains("Subject: =?UTF-8?B?").contains("=?UTF-8?B?")
        .contains("List-Unsubscribe: <mailto:unsubscribe@example.org?subject=unsubscribe>")
        .contains("Reply-To: desk@example.org")
        .contains("Date: Thu, 28 Mar 2024 00:00:00 +0000")
        .contains("Message-ID: <" + SLUG + ".ko@example.org>");
    MimeMessage message = parse(eml);
    assertThat(message.getSubject()).isEqualTo("[AI 쩐의 전쟁] 아마존, 앤스로픽 투자 마무리… 빅테크 ‘AI 쩐의 전쟁’ 가열");
    InternetAddress from = (InternetAddress) message.getFrom()[0];
    assertThat(from.getPersonal()).isEqualTo("AI 쩐의 전쟁 브리핑");
    assertThat(from.getAddress()).isEqualTo("briefing@example.org");
    assertThat(parse(write("en")).getSubject())
        .isEqualTo("[AI Money War] Amazon completes its Anthropic bet as Big Tech's AI money war heats up");
  }

  /**
   * A title and a dek that hold data-bound figures read as on the briefing's page everywhere the
   * e-mail shows them: the subject (still RFC 2047 encoded words, in English too when a won figure
   * makes it non-ASCII), the HTML part's {@code <title>}, heading and dek, and the text part.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ko", "en"})
  void figuresInTheTitleAndDekAreWrittenOutInTheSubjectAndBothParts(String lang) throws Exception {
    Path project = BuiltSite.titledProject();
    String title = TitledProject.title(lang);
    byte[] eml = write(project, project.resolve("site"), lang, TitledProject.SLUG, "--slug", TitledProject.SLUG);
    String headers = headers(eml);
    assertThat(headers.chars()).allMatch(c -> c < 128);
    assertThat(headers).contains("Subject: =?UTF-8?").doesNotContain("{{");
    MimeMessage message = parse(eml);
    assertThat(message.getSubject()).isEqualTo((lang.equals("ko") ? "[AI 쩐의 전쟁] " : "[AI Money War] ") + title);
    String text = part(message, 0);
    assertThat(text.lines()).as("the text part's heading").contains(title);
    assertThat(text).contains(TitledProject.summary(lang)).doesNotContain("{{");
    Document html = Jsoup.parse(part(message, 1));
    assertThat(html.title()).isEqualTo(title);
    assertThat(html.select("h1").text()).isEqualTo(title);
    assertThat(html.text()).contains(TitledProject.summary(lang));
    assertThat(html.outerHtml()).doesNotContain("{{");
    // The same words as the briefing's page.
    Document page = Jsoup.parse(project.resolve("site/" + lang + "/briefings/" + TitledProject.SLUG + ".html").toFile(),
        "UTF-8");
    assertThat(page.select("h1").text()).isEqualTo(title);
  }

  @Test
  void theSameInputsGiveTheSameBytesInAnyTimeZone() throws Exception {
    byte[] first = write("ko");
    TimeZone zone = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Seoul"));
      assertThat(write("ko")).isEqualTo(first);
    } finally {
      TimeZone.setDefault(zone);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ko", "en"})
  void aHeadlineFigureThatIsNotConfirmedSaysSoInBothParts(String lang) throws Exception {
    // A reported tranche as the newest edition's headline figure: its status is never dropped, and the
    // text part puts it in one parenthesis with the won figure, as the prose would.
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    String newest = ShippedProject.newest();
    for (String l : List.of("ko", "en")) {
      ShippedProject.replace(project, "data/texts/" + newest + "." + l + ".md",
          "headlines: round:openai-2025-03,", "headlines: investment:amazon-anthropic-2024-11-t1, round:openai-2025-03,");
    }
    Path built = BuiltSite.build(project, dir.resolve("site"));
    MimeMessage message = parse(write(project, built, lang, newest, "--slug", newest));
    Document page = Jsoup.parse(built.resolve(lang + "/briefings/" + newest + ".html").toFile(), "UTF-8");
    org.jsoup.nodes.Element card = page.selectFirst(".headlines li");
    String claim = lang.equals("ko") ? "보도" : "reported";
    String value = card.selectFirst(".value").text();
    assertThat(value).endsWith(lang.equals("ko") ? "(보도)" : " (reported)");
    String amount = value.substring(0, value.length() - (lang.equals("ko") ? "(보도)" : " (reported)").length());
    String krw = card.select(".krw:not(.unconverted)").text();
    String inText = amount + (lang.equals("ko") ? "(" : " (") + (krw.isEmpty() ? "" : krw + (lang.equals("ko") ? ", " : "; "))
        + claim + "), ";
    assertThat(part(message, 0)).contains(inText);
    assertThat(Jsoup.parse(part(message, 1)).text()).contains(value);
  }

  private static String part(MimeMessage message, int index) throws Exception {
    MimeMultipart alternative = (MimeMultipart) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    return (String) alternative.getBodyPart(index).getContent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ko", "en"})
  void theHtmlPartIsMadeForMailClients(String lang) throws Exception {
    String html = part(parse(write(lang)), 1);
    assertThat(html.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("<script", "<link", "@font-face", "url(", "<img", "javascript:", "class=\"figure\"", "{{");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("meta[name=color-scheme]").attr("content")).isEqualTo("light dark");
    assertThat(doc.select("style").html()).contains("@media (prefers-color-scheme: dark)", "@media (max-width: 480px)");
    assertThat(doc.select("table[role=presentation]")).isNotEmpty();
    assertThat(html).contains("max-width:600px");
    for (Element a : doc.select("a[href]")) {
      assertThat(a.attr("href")).matches("(https://|mailto:).+");
    }
    // Every element that shows text has its colour inline; the <style> block only adds dark mode.
    for (Element e : doc.select("p, h1, h2")) {
      assertThat(e.attr("style")).as(e.outerHtml()).contains("color:#");
    }
    assertThat(doc.select("a[href=https://example.org/ai-money-war/" + lang + "/briefings/" + SLUG + ".html]"))
        .isNotEmpty();
    assertThat(doc.select("html").attr("lang")).isEqualTo(lang);
  }

  /**
   * The headline figures read exactly as on the briefing's page on the site: the same renderers made both.
   * Each edition has its own headline figures (the newest its front matter's), so each briefing's mail is
   * compared with its own page.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ko", "en"})
  void headlineFiguresReadAsOnTheSiteInBothParts(String lang) throws Exception {
    for (String slug : ShippedProject.slugs()) {
      headlineFiguresReadAsOnTheSiteInBothParts(lang, slug);
    }
  }

  private void headlineFiguresReadAsOnTheSiteInBothParts(String lang, String slug) throws Exception {
    MimeMessage message = parse(write(lang, slug, "--slug", slug));
    String html = Jsoup.parse(part(message, 1)).text();
    String text = part(message, 0);
    Document home = Jsoup.parse(site.resolve(lang + "/briefings/" + slug + ".html").toFile(), "UTF-8");
    List<String> values = home.select(".headlines .value").eachText();
    List<String> krw = home.select(".headlines .krw:not(.unconverted)").eachText();
    // The newest edition heads with five figures (one of them Meta's capital spending), the seed with four.
    assertThat(values).hasSize(slug.equals("ai-money-war-2025-11-28") ? 5 : 4);
    for (String figure : values) {
      assertThat(html).contains(figure);
      assertThat(text).contains(figure);
    }
    krw.forEach(k -> assertThat(html).contains(k));
    // The text part puts the won figure in the amount's brackets, the bound said once by the amount:
    // "최대 100만달러(약 13억4600만원)", never "(최대 약 13억4600만원)".
    krw.forEach(k -> assertThat(text).contains("(" + k.replaceFirst("^(최대 |up to |more than |at least )", "")
        .replaceFirst("( 이상| or more)$", "")));
    assertThat(text).doesNotContain("(최대 ", "(up to ");
  }

  @Test
  void aKeyFigureNotConvertedIsWrittenAsItsAmountAlone() throws Exception {
    // New users read "24억달러(환산 안 함, 보도)" and then "230억달러 · 환산 안 함" as table cells: a line
    // of prose leaves a won figure out without saying so, as the briefing's own sentences do.
    String newest = ShippedProject.newest();
    String ko = part(parse(write("ko", newest, "--slug", newest)), 0);
    String en = part(parse(write("en", newest, "--slug", newest)), 0);
    assertThat(ko).contains(": 최대 400억달러, ").doesNotContain("환산 안 함");
    assertThat(en).contains(": up to $40 billion, ").doesNotContain("not converted");
  }

  @Test
  void theFirstParagraphsCarryTheirDataBoundFiguresInEachLanguagesStyle() throws Exception {
    String ko = part(parse(write("ko")), 0);
    String en = part(parse(write("en")), 0);
    assertThat(ko).contains("앤스로픽에 27억5000만달러(약 3조7100억원)를 추가 투자한다고");
    assertThat(en).contains("$2.75 billion (about ₩3.71 trillion)");
    Document koHtml = Jsoup.parse(part(parse(write("ko")), 1));
    assertThat(koHtml.text()).contains("앤스로픽에 27억5000만달러(약 3조7100억원)를 추가 투자한다고");
    // A figure and its particle stay on one line in a mail client too.
    assertThat(koHtml.select("span[style*=nowrap]").eachText()).anyMatch(s -> s.startsWith("27억5000만달러"));
  }

  @Test
  void theTextPartSaysWhatTheHtmlPartSays() throws Exception {
    MimeMessage message = parse(write("ko"));
    String text = part(message, 0);
    Document html = Jsoup.parse(part(message, 1));
    assertThat(text).contains("아마존, 앤스로픽 투자 마무리… 빅테크 ‘AI 쩐의 전쟁’ 가열")
        .contains(html.select("h1").text())
        .contains("브리핑 전문 읽기: https://example.org/ai-money-war/ko/briefings/" + SLUG + ".html")
        .contains("PDF판(ai-money-war-2024-03-28.ko.pdf)을 첨부했습니다")
        .contains("수신 거부: mailto:unsubscribe@example.org?subject=unsubscribe")
        // The quotation the second paragraph announces comes with it, set apart.
        .contains("미국 CNBC 방송은 이번 투자의 무게를 이렇게 전했다.\n\n> “아마존의 이번 투자는 30년 회사 역사상 최대 규모의 외부 투자”\n")
        .contains("- 아마존 → 앤스로픽 · 투자 약정: 40억달러(약 5조4000억원), 2023년 9월, 국내 언론 보도(원문 기사)")
        .doesNotContain("<", "&amp;", "{{");
    List<String> paragraphs = html.select("p").eachText();
    // The lead paragraphs (the long ones) are in the text part word for word.
    paragraphs.stream().filter(p -> p.length() > 80).forEach(p -> assertThat(text).contains(p));
    assertThat(paragraphs.stream().filter(p -> p.length() > 80).count()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aLinkInTheTextPartKeepsItsAddress() throws Exception {
    // The 2025 briefing's first paragraph links the March 2024 one: a plain-text reader gets the address.
    String text = part(parse(write("ko", "ai-money-war-2025-11-28", "--slug", "ai-money-war-2025-11-28")), 0);
    assertThat(text).contains("지난 3월 브리핑[1]에서")
        .contains("\n[1] https://example.org/ai-money-war/ko/briefings/ai-money-war-2024-03-28.html\n");
  }

  @Test
  void aMissingPdfEditionIsNamedAndNothingIsWritten() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty-site"));
    Path out = dir.resolve("out");
    MailCli run = MailCli.run("mail", "--project", ShippedProject.ROOT.toString(), "--site", empty.toString(),
        "--out", out.toString());
    assertThat(run.code()).isEqualTo(1);
    // Without --slug it is the newest briefing's PDF that is missing.
    String pdf = "ko/briefings/" + ShippedProject.newest() + ".ko.pdf";
    assertThat(run.err()).contains(empty.resolve(pdf) + ": error: expected the PDF edition "
        + empty.resolve(pdf) + " to attach, found none: run 'briefing build' first")
        .endsWith("nothing written" + System.lineSeparator());
    assertThat(out).doesNotExist();
  }

  @Test
  void withoutASenderTheFilesToLookAtAreWrittenFromAnAddressNoServerDeliversToWithAWarning() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    ShippedProject.replace(project, "briefing.properties", "mail.from=briefing@example.org\n", "");
    Path out = dir.resolve("out");
    MailCli run = MailCli.run("mail", "--project", project.toString(), "--site", site.toString(), "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("briefing: warning: 'mail.from' is not set in briefing.properties, so the e-mails"
        + " are from mail-from-not-set@example.invalid, which no server delivers to; add a line such as"
        + " 'mail.from=briefing@example.org' there before sending them");
    String eml = Files.readString(out.resolve(ShippedProject.newest() + ".en.eml"), StandardCharsets.UTF_8);
    assertThat(eml).containsPattern("(?m)^From: .*<mail-from-not-set@example\\.invalid>\r?$");
  }

  @Test
  void sendingWithoutASenderIsRefusedSayingHowToSetIt() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    ShippedProject.replace(project, "briefing.properties", "mail.from=briefing@example.org\n", "");
    Path readers = Files.writeString(dir.resolve("readers.csv"), "email,language,name\nreader@example.org,ko,\n",
        StandardCharsets.UTF_8);
    MailCli run = MailCli.run("mail", "--project", project.toString(), "--site", site.toString(), "--send",
        "--to", readers.toString(), "--dry-run");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("briefing.properties: error: expected 'mail.from' (the sender's address) to send"
        + " the e-mail edition, found no such key; add a line such as 'mail.from=briefing@example.org' to"
        + " briefing.properties")
        .endsWith("nothing sent" + System.lineSeparator());
  }

  @Test
  void aBadSenderAddressIsAConfigErrorAtItsLine() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    ShippedProject.replace(project, "briefing.properties", "mail.from=briefing@example.org", "mail.from=briefing at example");
    MailCli run = MailCli.run("check", "--project", project.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(ShippedProject.positionOf(project, "briefing.properties", "mail.from=")
        + ": error: expected an e-mail address such as briefing@example.org for 'mail.from', found 'briefing at example'");
  }

  @Test
  void anUnknownSlugNamesTheBriefingsThereAre() {
    MailCli run = MailCli.run("mail", "--project", ShippedProject.ROOT.toString(), "--site", site.toString(),
        "--slug", "ai-money-war-2099-01-01", "--out", dir.resolve("out").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("data/texts: error: expected the slug of a briefing ("
        + String.join(", ", ShippedProject.slugs()) + "), found 'ai-money-war-2099-01-01'");
  }

  @Test
  void withoutOutOrSendItIsAUsageError() {
    MailCli run = MailCli.run("mail", "--project", ShippedProject.ROOT.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("expected --out DIR to write the .eml files, or --send --to FILE to mail the readers");
  }
}
