package com.moneywar.briefing.mail;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Where and how to send: the SMTP server, its port, how the connection is encrypted, and the login.
 *
 * @param port the server's port; {@link Tls#defaultPort()} when the user gives none
 * @param user the login; empty for a server that takes mail without one
 * @param password the login's password, from the environment only; empty without a login
 */
public record SmtpSettings(String host, int port, Tls tls, String user, String password) {
  /** How long to wait for the server to answer before that reader fails. */
  static final int TIMEOUT_MILLIS = 30_000;

  public SmtpSettings {
    requireNonNull(host, "host");
    requireNonNull(tls, "tls");
    requireNonNull(user, "user");
    requireNonNull(password, "password");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1 to 65535, was " + port);
    }
  }

  /** How the connection to the server is encrypted. */
  public enum Tls {
    /** Plain connection upgraded with STARTTLS; refuses to send if the server cannot (port 587). */
    STARTTLS(587),
    /** TLS from the first byte (SMTPS, port 465). */
    IMPLICIT(465),
    /** No encryption: only for a server on the same machine or a test server (port 25). */
    NONE(25);

    private final int defaultPort;

    Tls(int defaultPort) {
      this.defaultPort = defaultPort;
    }

    public int defaultPort() {
      return defaultPort;
    }

    /** The value as written on the command line: {@code starttls}, {@code implicit} or {@code none}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Tls> ofCode(String code) {
      for (Tls tls : values()) {
        if (tls.code().equals(code)) {
          return Optional.of(tls);
        }
      }
      return Optional.empty();
    }
  }

  /** The mail library's protocol: {@code smtps} for implicit TLS, else {@code smtp}. */
  String protocol() {
    return tls == Tls.IMPLICIT ? "smtps" : "smtp";
  }

  /** The session properties for this server; {@code envelopeFrom} is the address bounces go to. */
  Properties properties(String envelopeFrom) {
    String p = "mail." + protocol() + ".";
    Properties props = new Properties();
    props.put("mail.transport.protocol", protocol());
    props.put(p + "host", host);
    props.put(p + "port", Integer.toString(port));
    props.put(p + "from", envelopeFrom);
    props.put(p + "auth", Boolean.toString(!user.isEmpty()));
    props.put(p + "connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
    props.put(p + "timeout", Integer.toString(TIMEOUT_MILLIS));
    props.put(p + "writetimeout", Integer.toString(TIMEOUT_MILLIS));
    if (tls == Tls.STARTTLS) {
      props.put(p + "starttls.enable", "true");
      props.put(p + "starttls.required", "true");
    }
    if (tls != Tls.NONE) {
      props.put(p + "ssl.checkserveridentity", "true");
    }
    return props;
  }

  /** The server as messages name it: {@code smtp.example.org:587 (starttls)}. */
  String describe() {
    return host + ":" + port + " (" + tls.code() + ")";
  }
}
