package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.AsOf;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.model.Story;
import com.moneywar.briefing.site.view.Headline;
import com.moneywar.briefing.site.view.MailEdition;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders the two bodies of a briefing's e-mail edition in one language, with the templates
 * {@code mail/edition.html.ftlh} and {@code mail/edition.txt.ftl}: the headline figures, the dek, the
 * first {@value #PARAGRAPHS} paragraphs (with any quotation or list among them) and a link to the full briefing. Figures come from the same
 * renderers as the site's, so they read exactly as on the site. Not thread-safe; one per run.
 *
 * <pre>{@code
 * Result<MailRenderer.Bodies> b = new MailRenderer(TemplateFiles.read(project.resolve("templates")))
 *     .render(briefing, story, Lang.KO, "briefing.ko.pdf");
 * }</pre>
 */
public final class MailRenderer {
  /** How many of the briefing's paragraphs the e-mail carries; the link leads to the rest. */
  public static final int PARAGRAPHS = 3;
  static final String HTML_TEMPLATE = "mail/edition.html.ftlh";
  static final String TEXT_TEMPLATE = "mail/edition.txt.ftl";
  /** Inline styles: many mail clients drop a {@code <style>} block, none drops these. */
  static final String LINK_STYLE = "color:#1d4e89;";

  private final Templates templates;

  public MailRenderer(TemplateFiles projectTemplates) {
    this.templates = new Templates(projectTemplates);
  }

  /** The e-mail's two bodies and what its subject is made of (the title with its figures filled in). */
  public record Bodies(String title, String date, String html, String text) {}

  /** Renders {@code story} in {@code lang}; a template mistake is a positioned problem. */
  public Result<Bodies> render(Briefing briefing, Story story, Lang lang, String pdfName) {
    // The edition as its page shows it: its facts as of its date, its own headline figures.
    Briefing asOf = AsOf.edition(briefing, story);
    Figures figures = new Figures(asOf);
    // Title and dek as the page, the feed and the PDF write them: figures filled in as of the edition.
    EditionTexts texts = new EditionTexts(story, figures);
    String title = texts.title(lang);
    Article article = story.in(lang);
    URI base = briefing.config().baseUrl();
    String page = SitePaths.briefing(lang.code(), story.slug());
    URI url = base.resolve(page);
    // Headline links are made from a page at the site root, then made absolute.
    List<Headline> headlines = SiteRenderer.headlines(asOf, figures,
            SiteRenderer.editionHeadlines(briefing, story, asOf), lang, "mail", SiteRenderer.RowPlaces.of(briefing))
        .stream()
        .map(h -> new Headline(h.label(), h.value(), h.amount(), h.claim(), h.krw(), h.detail(), h.date(), h.source(),
            base.resolve(h.href()).toString(), h.unconverted(), h.inline()))
        .toList();
    String html = new MarkdownRenderer().render(article, lang, figures, new MarkdownRenderer.Links(
        slug -> base.resolve(SitePaths.briefing(lang.code(), slug)).toString(), Optional.of(url)));
    String date = DateStyle.format(article.date(), lang);
    String unsubscribe = briefing.config().mail().unsubscribe();
    List<Problem> problems = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (String template : List.of(HTML_TEMPLATE, TEXT_TEMPLATE)) {
      MailEdition edition = new MailEdition(template, lang.code(), PageContext.site(briefing, lang), title,
          date, texts.summary(lang), headlines, paragraphs(html, url), url.toString(),
          base.resolve(SitePaths.home(lang.code())).toString(), pdfName, unsubscribe);
      templates.render(edition, problems).ifPresent(bodies::add);
    }
    if (!problems.isEmpty()) {
      return Result.failed(problems.stream().distinct().toList());
    }
    return Result.ok(new Bodies(title, date, bodies.get(0), bodies.get(1)));
  }

  /**
   * The first paragraphs of the rendered text, for a mail client: links absolute (from the
   * briefing's page), and the site's classes replaced by inline styles.
   */
  /**
   * A paragraph as plain text, each link marked after its words with a number counted over the whole
   * mail ({@code 지난 브리핑[1]에서}) and its address on a line of its own under the paragraph
   * ({@code [1] https://…}): a plain-text reader has no other way to follow it, and an address in the
   * middle of a sentence would break it (a Korean particle after a parenthesis).
   */
  private static String plainText(Element p, int[] links) {
    Element copy = p.clone();
    List<String> notes = new ArrayList<>();
    for (Element a : copy.select("a[href]")) {
      String href = a.attr("href");
      String words = a.text();
      if (words.equals(href)) {
        a.replaceWith(new org.jsoup.nodes.TextNode(href));
      } else {
        int n = ++links[0];
        a.replaceWith(new org.jsoup.nodes.TextNode(words + "[" + n + "]"));
        notes.add("[" + n + "] " + href);
      }
    }
    return notes.isEmpty() ? copy.text() : copy.text() + "\n" + String.join("\n", notes);
  }

  /** Links absolute, with the mail's link style; the site's classes replaced by inline styles. */
  private static void inlineStyles(Element p) {
    for (Element a : p.select("a[href]")) {
      a.attr("href", a.absUrl("href"));
      a.attr("style", LINK_STYLE);
    }
    for (Element span : p.select("span.nobr")) {
      span.removeAttr("class").attr("style", "white-space:nowrap;");
    }
    for (Element span : p.select("span.figure")) {
      span.removeAttr("class");
    }
  }

  /**
   * A list as one paragraph of lines, each item after a bullet ({@code • 삼성전자 450조원}), in HTML
   * and in plain text: mail clients style lists each their own way, and a plain-text reader needs
   * the items on lines of their own.
   */
  private static MailEdition.Paragraph listParagraph(Document doc, Element list, int[] links) {
    Element p = doc.body().appendElement("p");
    List<String> lines = new ArrayList<>();
    int n = 0;
    for (Element li : list.children()) {
      if (!li.tagName().equals("li")) {
        continue;
      }
      String bullet = list.tagName().equals("ol") ? ++n + ". " : "• ";
      if (p.childNodeSize() > 0) {
        p.appendElement("br");
      }
      p.appendText(bullet);
      p.appendChildren(inline(li));
      Element item = doc.body().appendElement("p");
      item.appendChildren(inline(li));
      inlineStyles(item);
      lines.add(bullet + plainText(item, links));
      item.remove();
    }
    inlineStyles(p);
    return new MailEdition.Paragraph(p.html(), String.join("\n", lines), false);
  }

  /** An item's words: the paragraphs of a loose list's item unwrapped, a list nested in it left out. */
  private static List<org.jsoup.nodes.Node> inline(Element li) {
    List<org.jsoup.nodes.Node> nodes = new ArrayList<>();
    for (org.jsoup.nodes.Node node : li.childNodesCopy()) {
      if (node instanceof Element e && e.tagName().equals("p")) {
        if (!nodes.isEmpty()) {
          nodes.add(new org.jsoup.nodes.TextNode(" "));
        }
        nodes.addAll(e.childNodesCopy());
      } else if (!(node instanceof Element e && (e.tagName().equals("ul") || e.tagName().equals("ol")))) {
        nodes.add(node);
      }
    }
    return nodes;
  }

  static List<MailEdition.Paragraph> paragraphs(String html, URI page) {
    Document doc = Jsoup.parseBodyFragment(html, page.toString());
    doc.outputSettings().prettyPrint(false);
    List<MailEdition.Paragraph> list = new ArrayList<>();
    int paragraphs = 0;
    int[] links = {0};
    for (Element block : List.copyOf(doc.body().children())) {
      // A quotation or a list is kept with the paragraphs around it: the text before it often
      // announces it, and the text after it may add its items up.
      boolean quote = block.tagName().equals("blockquote");
      boolean items = block.tagName().equals("ul") || block.tagName().equals("ol");
      if (!block.tagName().equals("p") && !quote && !items) {
        continue;
      }
      if (items) {
        list.add(listParagraph(doc, block, links));
        continue;
      }
      Element p = block;
      if (quote) {
        // The quotation's paragraphs as one, in an element of the document (for its output settings).
        p = doc.body().appendElement("p");
        for (Element inner : block.select("p")) {
          if (p.childNodeSize() > 0) {
            p.appendText(" ");
          }
          p.appendChildren(inner.childNodesCopy());
        }
      }
      inlineStyles(p);
      list.add(new MailEdition.Paragraph(p.html(), plainText(p, links), quote));
      if (!quote && ++paragraphs == PARAGRAPHS) {
        break;
      }
    }
    return list;
  }
}
