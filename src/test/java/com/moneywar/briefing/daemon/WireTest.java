package com.moneywar.briefing.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireTest {
  @Test
  void aRequestArrivesAsItWasSentKoreanArgumentsIncluded() throws IOException {
    var bytes = new ByteArrayOutputStream();
    var sent = new Wire.Request("run", true, List.of("build", "--project", "/home/편집/브리핑", "--out", "", "--base-url=x"));
    sent.write(new DataOutputStream(bytes));
    assertThat(Wire.Request.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())))).isEqualTo(sent);
  }

  @Test
  void whatACommandPrintsArrivesInOrderThenItsExitCode() throws IOException {
    var bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    PrintWriter o = new PrintWriter(new OutputStreamWriter(Wire.stream(out, Wire.OUT), StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(Wire.stream(out, Wire.ERR), StandardCharsets.UTF_8), true);
    o.println("built 68 pages");
    e.println("data/investments.csv:3:7: error: expected an amount, found '약 2조'");
    Wire.exit(out, 130);
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    Wire.Frame first = Wire.read(in);
    Wire.Frame second = Wire.read(in);
    Wire.Frame last = Wire.read(in);
    assertThat(first.kind()).isEqualTo(Wire.OUT);
    assertThat(first.text()).isEqualTo("built 68 pages" + System.lineSeparator());
    assertThat(second.kind()).isEqualTo(Wire.ERR);
    assertThat(second.text()).contains("found '약 2조'");
    assertThat(last.kind()).isEqualTo(Wire.EXIT);
    assertThat(last.exitCode()).isEqualTo(130);
  }

  @Test
  void somethingElseOnTheSocketIsNoRequest() {
    byte[] http = "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> Wire.Request.read(new DataInputStream(new ByteArrayInputStream(http))))
        .isInstanceOf(IOException.class).hasMessageStartingWith("expected a briefing client's request, found bytes");
  }
}
