package com.moneywar.briefing.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read as a reader's tools read it: page texts, bookmarks, links. Pages are numbered from 1. */
public final class PdfFile implements AutoCloseable {
  /** A bookmark: its nesting depth (1 = top level), title and the page it opens. */
  public record Bookmark(int depth, String title, int page) {}

  /**
   * A link on {@code page}: to a web address ({@code uri}) or to a page of this PDF ({@code target},
   * else 0); {@code top} is its upper edge in points from the top of the page.
   */
  public record Link(int page, String uri, int target, float top) {}

  private final PDDocument pdf;

  private PdfFile(PDDocument pdf) {
    this.pdf = pdf;
  }

  public static PdfFile open(Path file) {
    try {
      return new PdfFile(Loader.loadPDF(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public PDDocument document() {
    return pdf;
  }

  public int pages() {
    return pdf.getNumberOfPages();
  }

  /** The text of one page in reading order, as pdftotext gives it. */
  public String text(int page) {
    try {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      return stripper.getText(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every page's text, in order. */
  public List<String> pageTexts() {
    List<String> texts = new ArrayList<>();
    for (int p = 1; p <= pages(); p++) {
      texts.add(text(p));
    }
    return texts;
  }

  public List<Bookmark> bookmarks() {
    List<Bookmark> all = new ArrayList<>();
    if (pdf.getDocumentCatalog().getDocumentOutline() != null) {
      collect(pdf.getDocumentCatalog().getDocumentOutline(), 1, all);
    }
    return all;
  }

  public List<Link> links() {
    List<Link> links = new ArrayList<>();
    try {
      for (int p = 1; p <= pages(); p++) {
        for (PDAnnotation a : pdf.getPage(p - 1).getAnnotations()) {
          if (a instanceof PDAnnotationLink link) {
            PDAction action = link.getAction();
            String uri = action instanceof PDActionURI u ? u.getURI() : null;
            PDDestination dest = link.getDestination();
            if (dest == null && action instanceof PDActionGoTo goTo) {
              dest = goTo.getDestination();
            }
            float top = pdf.getPage(p - 1).getMediaBox().getHeight() - link.getRectangle().getUpperRightY();
            links.add(new Link(p, uri, pageOf(dest), top));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return links;
  }

  private void collect(PDOutlineNode node, int depth, List<Bookmark> into) {
    for (PDOutlineItem item : node.children()) {
      try {
        PDDestination dest = item.getDestination();
        if (dest == null && item.getAction() instanceof PDActionGoTo goTo) {
          dest = goTo.getDestination();
        }
        into.add(new Bookmark(depth, item.getTitle(), pageOf(dest)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      collect(item, depth + 1, into);
    }
  }

  private int pageOf(PDDestination dest) {
    if (dest instanceof PDPageDestination page) {
      PDPage target = page.getPage();
      return target == null ? page.getPageNumber() + 1 : pdf.getPages().indexOf(target) + 1;
    }
    return 0;
  }

  @Override
  public void close() {
    try {
      pdf.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
