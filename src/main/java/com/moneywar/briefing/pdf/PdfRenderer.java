package com.moneywar.briefing.pdf;

import com.moneywar.briefing.fonts.BundledFont;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.model.SourcePos;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Makes a PDF edition with openhtmltopdf: PDF/A-3u and PDF/UA, the bundled font embedded as a
 * subset, Korean broken between words, and the same bytes for the same input. Only the edition's
 * own resources are loaded; any other URI is refused and reported. Thread-safe.
 */
public final class PdfRenderer {
  /** The scheme print XHTML uses for the edition's own files, such as {@code briefing:///ko/charts/x.svg}. */
  static final String SCHEME = "briefing";

  static {
    // openhtmltopdf logs every stage to stderr; our progress lines say what matters.
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  public Result<byte[]> render(PdfEdition edition) {
    List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    String where = "templates/print.ftlh";
    org.jsoup.nodes.Document html = Jsoup.parse(edition.xhtml());
    Outline.apply(html);
    org.w3c.dom.Document dom = new W3CDom().fromJsoup(html);
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .withW3cDocument(dom, SCHEME + ":///" + edition.lang().code() + "/")
        .useFont(() -> BundledFont.REGULAR_TTF.open(), BundledFont.FAMILY, 400, FontStyle.NORMAL, true)
        .useFont(() -> BundledFont.BOLD_TTF.open(), BundledFont.FAMILY, 700, FontStyle.NORMAL, true)
        .useSVGDrawer(new BatikSVGDrawer())
        .useUnicodeLineBreaker(new HangulLineBreaker())
        .usePdfUaAccessibility(true)
        .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
        .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
        .withProducer("briefing")
        .useProtocolsStreamImplementation(url -> stream(edition, url), SCHEME)
        .useExternalResourceAccessControl((uri, type) -> {
          boolean own = uri != null && uri.startsWith(SCHEME + ":");
          if (!own) {
            problems.add(new Problem(SourcePos.startOf(where),
                "expected only the briefing's own files in the PDF, found a reference to '" + uri + "' (not fetched)"));
          }
          return own;
        }, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      PDDocument pdf = renderer.createPDFKeepOpen();
      fixMetadata(pdf, edition);
      pdf.save(out);
      pdf.close();
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(SourcePos.startOf(where), "could not make the PDF: " + e));
    }
    return Result.of(out.toByteArray(), List.copyOf(problems));
  }

  private static FSStream stream(PdfEdition edition, String url) {
    String path = url.substring((SCHEME + ":").length()).replaceFirst("^/+", "");
    byte[] bytes = edition.resources().get(path);
    return new FSStream() {
      @Override
      public InputStream getStream() {
        return bytes == null ? null : new ByteArrayInputStream(bytes);
      }

      @Override
      public Reader getReader() {
        return bytes == null ? null : new InputStreamReader(getStream(), StandardCharsets.UTF_8);
      }
    };
  }

  /** Fixed dates and document id, so two builds of the same edition give the same bytes. */
  private static void fixMetadata(PDDocument pdf, PdfEdition edition) throws IOException {
    Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    when.setTimeInMillis(edition.timestamp().toEpochMilli());
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setTitle(edition.title());
    info.setSubject(edition.subject());
    info.setAuthor(edition.author());
    info.setCreator("briefing");
    info.setProducer("briefing");
    info.setCreationDate(when);
    info.setModificationDate(when);
    pdf.getDocumentCatalog().setLanguage(edition.lang().code());
    XmpMetadata.rewrite(pdf, edition, when);
    byte[] id = sha256(edition.xhtml());
    COSArray ids = new COSArray();
    ids.add(new COSString(java.util.Arrays.copyOf(id, 16)));
    ids.add(new COSString(java.util.Arrays.copyOf(id, 16)));
    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    pdf.setDocumentId(0L);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
