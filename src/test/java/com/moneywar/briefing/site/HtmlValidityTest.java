package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of the shipped site passes the Nu Html Checker (the W3C's validator) without an error. */
class HtmlValidityTest {
  @Test
  void everyPageIsValidHtml() throws Exception {
    Path site = BuiltSite.shipped();
    List<String> errors = new ArrayList<>();
    ErrorHandler handler = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getSystemId() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
    validator.setUpValidatorAndParsers(handler, false, false);
    List<String> pages = BuiltSite.pages(site);
    assertThat(pages).hasSizeGreaterThan(10);
    for (String page : pages) {
      validator.checkHtmlFile(site.resolve(page).toFile(), true);
    }
    // A series of three: the archive, previous/next, per-edition charts and headline figures.
    Path series = BuiltSite.series();
    for (String page : BuiltSite.pages(series)) {
      validator.checkHtmlFile(series.resolve(page).toFile(), true);
    }
    assertThat(errors).isEmpty();
  }
}
