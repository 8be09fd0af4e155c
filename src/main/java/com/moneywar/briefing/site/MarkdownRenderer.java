package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Placeholders;
import com.moneywar.briefing.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TablesExtension;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a text's Markdown to HTML with its data-bound figures filled in. Raw HTML in the
 * Markdown is shown as text, never passed through; links may only be http(s), mailto or relative.
 */
final class MarkdownRenderer {
  /** A link to another briefing, {@code [text](briefing:slug)}; the loader checks the slug. */
  static final String BRIEFING_LINK = "briefing:";
  private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
  /** Thread-safe: it makes fresh node renderers for every document. */
  private final HtmlRenderer renderer = HtmlRenderer.builder()
      .extensions(List.of(TablesExtension.create()))
      .escapeHtml(true)
      .sanitizeUrls(true)
      .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
      .nodeRendererFactory(FigureHtml::new)
      .nodeRendererFactory(NoBreakHtml::new)
      .build();
  /**
   * Where a text's links lead: {@code briefing} gives the address of another briefing's page by its
   * slug ({@code [text](briefing:slug)}); with a {@code base}, every relative link is made absolute
   * against it (for the feed and the PDF, which have no site around them); {@code company} gives
   * the address of a company's page by its id, or empty for no link, for the figures that name
   * companies ({@code {{company:id:name}}}, a round's {@code lead}, {@code participants} and {@code investors});
   * {@code ratesOnFocus} makes each won figure focusable, so that the page's style sheet can write
   * its exchange rate out when it has focus: a tap on a touch screen or the Tab key, where the
   * title a mouse shows on hover is never shown (the site; not the feed, the PDF or the e-mail).
   */
  record Links(java.util.function.Function<String, String> briefing, java.util.Optional<java.net.URI> base,
      java.util.function.Function<String, String> company, boolean ratesOnFocus) {
    /** Links that name no company page, for an output read without a style sheet of ours (the feed, the PDF, the e-mail). */
    Links(java.util.function.Function<String, String> briefing, java.util.Optional<java.net.URI> base) {
      this(briefing, base, id -> "", false);
    }
  }

  /** The text's HTML, its figures from {@code figures} (the facts as of its date), its links resolved. */
  String render(Article article, Lang lang, Figures figures, Links links) {
    return render(article, lang, figures, List.of(links)).get(0);
  }

  /**
   * The text's HTML once per way of resolving its links ({@code links}, in that order): the text is
   * parsed, and its figures and Korean words are set, once for all of them.
   */
  List<String> render(Article article, Lang lang, Figures figures, List<Links> links) {
    Node document = parser.parse(article.markdown());
    List<Text> texts = new ArrayList<>();
    List<org.commonmark.node.Link> anchors = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        texts.add(text);
      }

      @Override
      public void visit(org.commonmark.node.Link link) {
        anchors.add(link);
        visitChildren(link);
      }
    });
    List<FigureNode> figureNodes = new ArrayList<>();
    texts.forEach(t -> replaceFigures(t, article, lang, figures, figureNodes));
    if (lang == Lang.KO) {
      KoreanWords.keepWhole(document);
    } else {
      FigurePunctuation.keepWithFigures(document);
    }
    List<String> destinations = anchors.stream().map(org.commonmark.node.Link::getDestination).toList();
    List<String> html = new ArrayList<>();
    for (Links way : links) {
      figureNodes.forEach(f -> {
        f.linkCompaniesBy(way.company());
        f.showRateOnFocus(way.ratesOnFocus());
      });
      for (int i = 0; i < anchors.size(); i++) {
        anchors.get(i).setDestination(resolve(destinations.get(i), way));
      }
      html.add(renderer.render(document));
    }
    return html;
  }

  private static String resolve(String destination, Links links) {
    if (destination.startsWith(BRIEFING_LINK)) {
      return links.briefing().apply(destination.substring(BRIEFING_LINK.length()));
    }
    if (links.base().isPresent() && !destination.isEmpty() && !destination.contains(":")) {
      return links.base().get().resolve(destination).toString();
    }
    return destination;
  }

  /** Splits a text node around its placeholders, which the validator has already checked. */
  private static void replaceFigures(Text text, Article article, Lang lang, Figures figures,
      List<FigureNode> created) {
    String literal = text.getLiteral();
    List<Placeholders.Match> matches = Placeholders.find(literal);
    if (matches.isEmpty()) {
      return;
    }
    int at = 0;
    // The block's text before the figure as readers see it, to tell whether the figure opens a sentence.
    StringBuilder before = textBefore(text).map(StringBuilder::new).orElse(null);
    for (Placeholders.Match m : matches) {
      if (m.start() > at) {
        text.insertBefore(new Text(literal.substring(at, m.start())));
        if (before != null) {
          before.append(literal, at, m.start());
        }
      }
      FigureRef ref = new FigureRef(m.kind(), m.ids(), m.field(), m.text(), SourcePos.startOf(article.file()));
      List<String> companies = figures.companies(ref);
      if (companies.isEmpty()) {
        String figure = figures.text(ref, lang, literal.substring(0, m.start()), literal.substring(m.end()));
        if (before != null && figures.opensSentence(ref, lang, before)) {
          figure = SentenceStart.capitalize(figure);
        }
        if (before != null) {
          before.append(figure);
        }
        FigureNode node = new FigureNode(figure,
            figures.detail(ref, lang).orElse(""), "");
        created.add(node);
        text.insertBefore(node);
      }
      // Names are a figure each, with the list's words between them: a line may break between two
      // names, and only the last one is kept with the particle after it.
      for (int i = 0; i < companies.size(); i++) {
        String separator = Figures.separatorBefore(i, companies.size(), lang);
        if (!separator.isEmpty()) {
          text.insertBefore(new Text(separator));
        }
        String name = figures.companyName(companies.get(i), lang);
        // "the" stays outside the name's link, with a capital where it opens a sentence: "The Public
        // Investment Fund led …".
        String the = "";
        if (lang == Lang.EN && name.startsWith("the ") && figures.takesThe(companies.get(i))) {
          name = name.substring(4);
          the = before != null && SentenceStart.after(before.toString() + separator) ? "The " : "the ";
          text.insertBefore(new Text(the));
        }
        if (before != null) {
          before.append(separator).append(the).append(name);
        }
        FigureNode node = new FigureNode(name, "", companies.get(i));
        created.add(node);
        text.insertBefore(node);
      }
      at = m.end();
    }
    if (at < literal.length()) {
      text.insertBefore(new Text(literal.substring(at)));
    }
    text.unlink();
  }

  /**
   * The text of {@code node}'s block before it (a paragraph's, a heading's, a list item's), through
   * emphasis and links, as readers see it; empty where a figure never opens a sentence (a table
   * cell holds a value, not a sentence).
   */
  private static Optional<String> textBefore(Node node) {
    StringBuilder text = new StringBuilder();
    Node at = node;
    while (true) {
      for (Node previous = at.getPrevious(); previous != null; previous = previous.getPrevious()) {
        text.insert(0, plainText(previous));
      }
      Node parent = at.getParent();
      if (parent instanceof Paragraph || parent instanceof Heading) {
        return Optional.of(text.toString());
      }
      if (!(parent instanceof Emphasis || parent instanceof StrongEmphasis || parent instanceof org.commonmark.node.Link)) {
        return Optional.empty();
      }
      at = parent;
    }
  }

  /** An inline node's text as readers see it: a line break as a space. */
  private static String plainText(Node node) {
    if (node instanceof Text t) {
      return t.getLiteral();
    }
    if (node instanceof Code c) {
      return c.getLiteral();
    }
    if (node instanceof FigureNode f) {
      return f.text();
    }
    if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      return " ";
    }
    StringBuilder out = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      out.append(plainText(child));
    }
    return out.toString();
  }

  /**
   * Writes a figure as a span, each of its amounts kept on one line ({@link com.moneywar.briefing.site.view.FigurePieces#of}); the exchange
   * rate goes in its title, shown by a mouse on hover, and on the site the span is focusable
   * ({@code tabindex="0"}): the style sheet writes the title out after it while it has focus (a tap,
   * the Tab key).
   */
  private static final class FigureHtml implements NodeRenderer {
    private final HtmlWriter html;

    FigureHtml(HtmlNodeRendererContext context) {
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(FigureNode.class);
    }

    @Override
    public void render(Node node) {
      FigureNode figure = (FigureNode) node;
      Map<String, String> attrs = figure.detail().isEmpty()
          ? Map.of("class", "figure")
          : figure.rateOnFocus() ? Map.of("class", "figure", "title", figure.detail(), "tabindex", "0")
          : Map.of("class", "figure", "title", figure.detail());
      html.tag("span", new java.util.TreeMap<>(attrs));
      String page = figure.page();
      if (page.isEmpty()) {
        List<String> pieces = com.moneywar.briefing.site.view.FigurePieces.of(figure.text());
        for (int i = 0; i < pieces.size(); i++) {
          boolean last = i == pieces.size() - 1;
          String piece = last ? pieces.get(i) + figure.trailing() : pieces.get(i);
          if (piece.chars().anyMatch(Character::isDigit) || last && !figure.trailing().isEmpty()) {
            html.tag("span", Map.of("class", "nobr"));
            html.text(piece);
            html.tag("/span");
          } else {
            html.text(piece);
          }
        }
      } else {
        html.tag("a", Map.of("href", page));
        html.text(figure.text());
        html.tag("/a");
        html.text(figure.trailing());
      }
      html.tag("/span");
    }
  }

  /**
   * Writes a word that must stay on one line as {@code <span class="nobr">}: the site's style gives
   * it {@code white-space: nowrap}, and the PDF step sets it as one unbreakable run.
   */
  private static final class NoBreakHtml implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    NoBreakHtml(HtmlNodeRendererContext context) {
      this.context = context;
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(NoBreakNode.class);
    }

    @Override
    public void render(Node node) {
      html.tag("span", Map.of("class", "nobr"));
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        context.render(child);
      }
      html.tag("/span");
    }
  }
}
