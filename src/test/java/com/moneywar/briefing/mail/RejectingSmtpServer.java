package com.moneywar.briefing.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A minimal SMTP server on 127.0.0.1 that refuses the recipients it is given with {@code 550 5.1.1}
 * at {@code RCPT TO}, as a real server refuses an unknown mailbox, and accepts every other message
 * (GreenMail accepts every recipient). It keeps the recipients of the messages it accepted.
 */
final class RejectingSmtpServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Set<String> refused;
  private final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
  private final Thread thread;

  RejectingSmtpServer(Set<String> refused) throws IOException {
    this.refused = refused;
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.thread = new Thread(this::serve, "rejecting-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  /** The recipients of the messages accepted, in order. */
  List<String> accepted() {
    return List.copyOf(accepted);
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        session(client);
      } catch (IOException e) {
        // closed, or the client went away: wait for the next one
      }
    }
  }

  private void session(Socket client) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
    OutputStream out = client.getOutputStream();
    reply(out, "220 localhost test SMTP");
    List<String> rcpt = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String upper = line.toUpperCase(Locale.ROOT);
      if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
        reply(out, "250 localhost");
      } else if (upper.startsWith("MAIL FROM")) {
        rcpt.clear();
        reply(out, "250 2.1.0 OK");
      } else if (upper.startsWith("RCPT TO")) {
        String address = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
        if (refused.contains(address)) {
          reply(out, "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
        } else {
          rcpt.add(address);
          reply(out, "250 2.1.5 OK");
        }
      } else if (upper.equals("DATA")) {
        reply(out, "354 End data with <CR><LF>.<CR><LF>");
        String data;
        while ((data = in.readLine()) != null && !data.equals(".")) {
          // the message: not kept
        }
        accepted.addAll(rcpt);
        reply(out, "250 2.0.0 OK queued");
      } else if (upper.equals("RSET") || upper.equals("NOOP")) {
        rcpt.clear();
        reply(out, "250 2.0.0 OK");
      } else if (upper.equals("QUIT")) {
        reply(out, "221 2.0.0 Bye");
        return;
      } else {
        reply(out, "502 5.5.2 Command not recognized");
      }
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
