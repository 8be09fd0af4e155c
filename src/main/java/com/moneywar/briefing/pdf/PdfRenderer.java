package com.moneywar.briefing.pdf;

import com.moneywar.briefing.fonts.BundledFont;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.model.SourcePos;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Makes a PDF edition with openhtmltopdf: PDF/A-3u and PDF/UA-1, the bundled font embedded as a
 * subset, contents and bookmarks from the headings, Korean broken only at spaces (never inside a
 * figure or between a closing bracket and its particle; see {@link HangulLineBreaker} and
 * {@link NoBreakText}), and the same
 * bytes for the same input. Before rendering it checks that every character is in the font and
 * that the document refers only to the edition's own files; if not, it renders nothing and
 * returns the problems. Thread-safe.
 *
 * <pre>{@code
 * Result<byte[]> pdf = new PdfRenderer().render(edition);
 * }</pre>
 */
public final class PdfRenderer {
  private static final String TEMPLATE = "templates/print.ftlh";

  static {
    // openhtmltopdf logs every stage to stderr; our progress lines say what matters.
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  /**
   * Reads the fonts the PDF needs (for layout and for the coverage check) now rather than at the
   * first edition, so a build can do it on another thread while it loads and draws. Safe to call
   * more than once.
   */
  public static void prepare() {
    if (PdfFonts.REGULAR.length == 0 || PdfFonts.BOLD.length == 0) {
      throw new IllegalStateException("the bundled font is empty");
    }
    FontCoverage.bundled();
  }

  public Result<byte[]> render(PdfEdition edition) {
    org.jsoup.nodes.Document html = Jsoup.parse(edition.xhtml());
    // Elements whose default style asks for a generic family (code spans ask for monospace) get
    // the bundled font: with PDF/A on, an unresolved family would abort the PDF.
    html.head().prependElement("style").text("code, pre, kbd, samp, tt, var { font-family: " + BundledFont.FAMILY + "; }"
        // Korean breaks only at spaces (HangulLineBreaker); a word wider than the whole line is
        // the one exception, broken between characters rather than running off the page. Not in
        // tables: there break-word lets openhtmltopdf shrink a column to one character.
        + " body { word-wrap: break-word; } table { word-wrap: normal; }");
    Outline.apply(html);
    NoBreakText.apply(html);
    OwnFiles own = new OwnFiles(edition.resources(), edition.lang().code());
    List<Problem> problems = new ArrayList<>(missingGlyphs(html, edition.sources()));
    problems.addAll(own.foreignReferences(html, edition.sources()));
    if (!problems.isEmpty()) {
      return Result.failed(problems);
    }
    // The edition's web address, for the metadata (print.ftlh writes it as <meta name="url">).
    String url = html.select("meta[name=url]").attr("content");
    return draw(edition, new W3CDom().fromJsoup(html), own, url);
  }

  private static List<Problem> missingGlyphs(org.jsoup.nodes.Document html, SourceTexts sources) {
    List<Problem> problems = new ArrayList<>();
    for (FontCoverage.Missing m : FontCoverage.bundled().missing(html)) {
      SourcePos pos = sources.find(m.character()).orElse(SourcePos.startOf(TEMPLATE));
      problems.add(new Problem(pos, "expected characters the font " + BundledFont.FAMILY + " can draw, found '"
          + m.character() + "' (" + m.codePointName() + ") in \"" + m.text() + "\"; the PDF would print '#' in its place"));
    }
    return problems;
  }

  /** The most times one edition is laid out: once, and again for the story's and the tables' places. */
  private static final int MAX_LAYOUTS = 4;

  private static Result<byte[]> draw(PdfEdition edition, org.w3c.dom.Document dom, OwnFiles own, String url) {
    List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfBoxRenderer renderer = open(edition, dom, own, problems);
      try {
        renderer.layout();
        // Laid out again only where the front matter spilled onto a page of its own, or a chart's table
        // would leave its caption with fewer than three rows at a page's foot; a table kept whole may
        // move the next one, so at most a few times.
        for (int pass = 0; pass < MAX_LAYOUTS - 1; pass++) {
          boolean follow = pass == 0 && StoryPlacement.storyShouldFollow(renderer) && StoryPlacement.letStoryFollow(dom);
          boolean whole = TablePlacement.keepWhole(dom, TablePlacement.cut(renderer));
          if (!follow && !whole) {
            break;
          }
          PDDocument discarded = renderer.getPdfDocument();
          renderer.close();
          closeQuietly(discarded);
          problems.clear();
          renderer = open(edition, dom, own, problems);
          renderer.layout();
        }
        try (PDDocument pdf = renderer.createPDFKeepOpen()) {
          fixMetadata(pdf, edition, url);
          pdf.save(out);
        }
      } finally {
        renderer.close();
      }
    } catch (FontLoadException e) {
      return Result.failed(List.of(new Problem(SourcePos.startOf(TEMPLATE), "expected the bundled font "
          + BundledFont.FAMILY + " to load into the PDF, found " + e.getCause())));
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(SourcePos.startOf(TEMPLATE), "expected a document openhtmltopdf can lay out, found " + e));
    }
    return Result.of(out.toByteArray(), List.copyOf(problems));
  }

  /** The bundled font could not be loaded into a new PDF. */
  private static final class FontLoadException extends RuntimeException {
    FontLoadException(Exception cause) {
      super(cause);
    }
  }

  /** A renderer for the document, with a PDF of its own holding the faces this thread parsed. */
  private static PdfBoxRenderer open(PdfEdition edition, org.w3c.dom.Document dom, OwnFiles own, List<Problem> problems) {
    // The document is ours so that the faces this thread parsed once can be embedded into it.
    PDDocument doc = new PDDocument();
    PdfRendererBuilder builder;
    try {
      builder = new PdfRendererBuilder()
          .usePDDocument(doc)
          .useFont(new PDFontSupplier(PdfFonts.regular(doc)), BundledFont.FAMILY, 400, FontStyle.NORMAL, true)
          .useFont(new PDFontSupplier(PdfFonts.bold(doc)), BundledFont.FAMILY, 700, FontStyle.NORMAL, true);
    } catch (IOException | RuntimeException e) {
      closeQuietly(doc);
      throw new FontLoadException(e);
    }
    builder.withW3cDocument(dom, own.baseUri())
        .useSVGDrawer(new BatikSVGDrawer())
        .useUnicodeLineBreaker(new HangulLineBreaker())
        .usePdfUaAccessibility(true)
        .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
        .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
        .withProducer("briefing")
        .useProtocolsStreamImplementation(own::stream, OwnFiles.SCHEME)
        .useExternalResourceAccessControl((uri, type) -> {
          // The scan before rendering found every reference it can see; this catches the rest.
          boolean allowed = own.isOwn(uri);
          if (!allowed) {
            SourcePos pos = uri == null ? SourcePos.startOf(TEMPLATE)
                : edition.sources().find(uri).orElse(SourcePos.startOf(TEMPLATE));
            problems.add(new Problem(pos, "expected only the briefing's own files in the PDF, "
                + "found a reference to '" + uri + "' (" + type + "); it was not fetched"));
          }
          return allowed;
        }, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    return builder.buildPdfRenderer();
  }

  private static void closeQuietly(PDDocument doc) {
    try {
      doc.close();
    } catch (IOException e) {
      // nothing was written to it
    }
  }

  /** Fixed dates and document id, so two builds of the same edition give the same bytes. */
  private static void fixMetadata(PDDocument pdf, PdfEdition edition, String url) throws IOException {
    Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    when.setTimeInMillis(edition.timestamp().toEpochMilli());
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setCreator("briefing");
    info.setProducer("briefing");
    info.setCreationDate(when);
    info.setModificationDate(when);
    pdf.getDocumentCatalog().setLanguage(edition.lang().code());
    // A reader opening the edition sees its outline (the bookmarks) beside the first page.
    pdf.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    XmpMetadata.rewrite(pdf, edition, when, url);
    byte[] id = key(edition);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    pdf.setDocumentId(0L);
  }

  /**
   * The PDF's document id, 16 bytes of a hash of what the edition is made from: its XHTML, the
   * files it refers to and its timestamp; the same for the same edition in every build. (Whether an
   * edition must be laid out again is the build cache's business, with a key of its own.)
   */
  public static byte[] key(PdfEdition edition) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(edition.xhtml().getBytes(StandardCharsets.UTF_8));
      new java.util.TreeMap<>(edition.resources()).forEach((path, bytes) -> {
        if (edition.xhtml().contains(path)) {
          sha.update(path.getBytes(StandardCharsets.UTF_8));
          sha.update(bytes);
        }
      });
      sha.update(Long.toString(edition.timestamp().toEpochMilli()).getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(sha.digest(), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
