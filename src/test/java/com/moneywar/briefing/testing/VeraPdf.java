package com.moneywar.briefing.testing;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeSet;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference validator, run in-process: which rules a PDF breaks for a flavour. */
public final class VeraPdf {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /**
   * The failed rules, one line each ({@code clause-test: description (n times)}); empty when the
   * PDF conforms.
   *
   * @param flavour a veraPDF flavour id such as {@code ua1} or {@code 3u}
   */
  public static List<String> failures(byte[] pdf, String flavour) {
    PDFAFlavour f = PDFAFlavour.fromString(flavour);
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), f);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(f, false)) {
      ValidationResult result = validator.validate(parser);
      TreeSet<String> failed = new TreeSet<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage());
        }
      }
      if (!result.isCompliant() && failed.isEmpty()) {
        failed.add("not compliant (no rule named)");
      }
      return List.copyOf(failed);
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF could not validate the PDF", e);
    }
  }

  /** Runs veraPDF on files given on the command line; for looking at a PDF by hand. */
  public static void main(String... args) throws Exception {
    for (int i = 1; i < args.length; i++) {
      byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[i]));
      System.out.println(args[i] + " " + args[0] + ": " + failures(bytes, args[0]));
      if (System.getProperty("vera.context") != null) {
        PDFAFlavour f = PDFAFlavour.fromString(args[0]);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(bytes), f);
            PDFAValidator validator = Foundries.defaultInstance().createValidator(f, false)) {
          for (TestAssertion a : validator.validate(parser).getTestAssertions()) {
            if (a.getStatus() == TestAssertion.Status.FAILED) {
              System.out.println("  " + a.getRuleId().getClause() + " at " + a.getLocation().getContext());
            }
          }
        }
      }
    }
  }
}
