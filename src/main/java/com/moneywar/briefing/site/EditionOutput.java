package com.moneywar.briefing.site;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.search.SearchDoc;
import com.moneywar.briefing.site.view.StoryView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one edition of a series makes in one language, kept between builds (see {@link EditionMemo}):
 * its view as the other pages list it, its text with absolute links (for the feed), its page, its
 * print document, the path of its link-preview image and its paragraphs as the search finds them.
 * An edition whose inputs are unchanged takes all of this from the memo instead of being made again
 * from the briefing as of its date. Immutable.
 *
 * @param absoluteHtml the edition's text with absolute links, as the feed and the PDF carry it
 * @param page the edition's page, as written (UTF-8): kept as bytes, it is written out again without
 *     being decoded and encoded
 * @param print the edition's print document (XHTML), laid out into its PDF
 * @param printSha256 the print document's SHA-256 in hex ({@link RenderedSite.PrintEdition#xhtmlSha256})
 * @param preview the path of its link-preview image under the output
 */
record EditionOutput(StoryView own, String absoluteHtml, byte[] page, String print, String printSha256,
    String preview, List<SearchDoc> searchDocs) {
  /** Raise when the encoding or what an edition's output holds changes. */
  private static final int FORMAT = 2;

  EditionOutput {
    requireNonNull(own, "own");
    requireNonNull(absoluteHtml, "absoluteHtml");
    requireNonNull(page, "page");
    requireNonNull(print, "print");
    requireNonNull(printSha256, "printSha256");
    requireNonNull(preview, "preview");
    searchDocs = List.copyOf(searchDocs);
  }

  byte[] encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(page.length + print.length() + 4096);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      StoryView s = own;
      for (String text : List.of(s.slug(), s.title(), s.date(), s.isoDate(), s.year(), s.summary(), s.html(), s.path(),
          s.href(), s.url(), s.pdf(), s.pdfUrl(), s.titleHtml(), s.summaryHtml())) {
        text(out, text);
      }
      out.writeInt(s.number());
      text(out, absoluteHtml);
      out.writeInt(page.length);
      out.write(page);
      for (String text : List.of(print, printSha256, preview)) {
        text(out, text);
      }
      out.writeInt(searchDocs.size());
      for (SearchDoc d : searchDocs) {
        text(out, d.kind().name());
        for (String text : List.of(d.title(), d.date(), d.sortDate(), d.url(), d.text())) {
          text(out, text);
        }
        out.writeBoolean(d.titleSearched());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The output {@code bytes} encode; empty for bytes of another format or cut short. */
  static Optional<EditionOutput> decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != FORMAT) {
        return Optional.empty();
      }
      String[] v = new String[14];
      for (int i = 0; i < v.length; i++) {
        v[i] = text(in);
      }
      StoryView own = new StoryView(v[0], in.readInt(), v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10],
          v[11], v[12], v[13]);
      String absoluteHtml = text(in);
      byte[] page = bytes(in);
      String print = text(in);
      String printSha256 = text(in);
      String preview = text(in);
      int docs = in.readInt();
      if (docs < 0 || docs > bytes.length) {
        return Optional.empty();
      }
      List<SearchDoc> searchDocs = new ArrayList<>(docs);
      for (int i = 0; i < docs; i++) {
        SearchDoc.Kind kind = SearchDoc.Kind.valueOf(text(in));
        searchDocs.add(new SearchDoc(kind, text(in), text(in), text(in), text(in), text(in), in.readBoolean()));
      }
      if (in.read() != -1) {
        return Optional.empty();
      }
      return Optional.of(new EditionOutput(own, absoluteHtml, page, print, printSha256, preview, searchDocs));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void text(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String text(DataInputStream in) throws IOException {
    return new String(bytes(in), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new IOException("a text of " + length + " bytes where " + in.available() + " are left");
    }
    return in.readNBytes(length);
  }
}
