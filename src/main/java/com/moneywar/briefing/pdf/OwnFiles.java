package com.moneywar.briefing.pdf;

import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import com.openhtmltopdf.extend.FSStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The only files a PDF edition may load: its own, handed over in memory under the
 * {@code briefing:} scheme (the charts). Nothing is read from disk or the network. References to
 * anything else (an image at an http URL, a path leading out of the project) are found in the
 * document before rendering and reported; openhtmltopdf's access control refuses them again as a
 * safety net for references the scan cannot see, such as a CSS {@code url()}.
 */
final class OwnFiles {
  /** The scheme print XHTML uses for the edition's own files, such as {@code briefing:///ko/charts/x.svg}. */
  static final String SCHEME = "briefing";

  private final Map<String, byte[]> files;
  private final URI base;

  OwnFiles(Map<String, byte[]> files, String langCode) {
    this.files = Map.copyOf(files);
    this.base = URI.create(SCHEME + ":///" + langCode + "/");
  }

  String baseUri() {
    return base.toString();
  }

  /** Whether an absolute URI names one of the edition's own files. */
  boolean isOwn(String uri) {
    return uri != null && uri.startsWith(SCHEME + ":") && files.containsKey(path(uri));
  }

  /** Every reference in {@code doc} to a file that is not the edition's own, as a problem. */
  List<Problem> foreignReferences(Document doc, SourceTexts sources) {
    List<Problem> problems = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      for (String value : loadedReferences(e)) {
        if (!isOwn(resolve(value))) {
          SourcePos pos = sources.find(value).orElse(SourcePos.startOf("templates/print.ftlh"));
          problems.add(new Problem(pos, "expected " + what(e) + " from the briefing's own files (its charts), found '"
              + value + "'; the PDF loads nothing from the web or from outside the project, so it was not fetched"));
        }
      }
    }
    return problems;
  }

  /** The file's bytes for openhtmltopdf; a stream of nothing for any other URI. */
  FSStream stream(String uri) {
    byte[] bytes = isOwn(uri) ? files.get(path(uri)) : null;
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

  /** The values of {@code e}'s attributes that make a renderer load a file; an {@code <a href>} does not. */
  private static List<String> loadedReferences(Element e) {
    List<String> names = switch (e.tagName()) {
      case "link", "image" -> List.of("href", "xlink:href");
      case "object" -> List.of("data");
      default -> List.of("src", "poster");
    };
    return names.stream().filter(e::hasAttr).map(e::attr).toList();
  }

  private String resolve(String reference) {
    try {
      return base.resolve(new URI(reference.strip())).normalize().toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return reference;
    }
  }

  private static String path(String uri) {
    return uri.substring((SCHEME + ":").length()).replaceFirst("^/+", "");
  }

  private static String what(Element e) {
    return e.tagName().equals("img") ? "an image" : "a <" + e.tagName() + "> file";
  }
}
