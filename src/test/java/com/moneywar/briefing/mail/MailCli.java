package com.moneywar.briefing.mail;

import com.moneywar.briefing.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of {@code briefing} in this JVM, with its exit code and what it printed. */
record MailCli(int code, String out, String err) {
  static MailCli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(out), new PrintWriter(err)).run(args);
    return new MailCli(code, out.toString(), err.toString());
  }
}
