package com.moneywar.briefing.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web server on loopback that answers every request with 404 and counts them, for tests that
 * prove a renderer never fetches from the web.
 *
 * <pre>{@code
 * try (CountingWebServer web = CountingWebServer.start()) { … web.url("photo.png") … web.requests() … }
 * }</pre>
 */
public final class CountingWebServer implements AutoCloseable {
  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  private CountingWebServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
  }

  public static CountingWebServer start() {
    try {
      return new CountingWebServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The address of {@code path} on this server, such as {@code http://127.0.0.1:40123/photo.png}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
  }

  /** How many requests the server has received. */
  public int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
