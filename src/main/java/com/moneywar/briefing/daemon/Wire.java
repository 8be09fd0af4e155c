package com.moneywar.briefing.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What client and daemon say to each other on the socket. The client sends one {@link Request};
 * the daemon answers with frames (a kind byte, a length, the bytes): the command's standard output
 * and error as it writes them, then its exit code, or a refusal, after which the client runs the
 * command itself.
 */
final class Wire {
  /** First bytes of every request: "BRF" and the protocol's version. */
  static final int MAGIC = 0x42524601;

  static final byte OUT = 1;
  static final byte ERR = 2;
  static final byte EXIT = 3;
  static final byte REFUSED = 4;

  private Wire() {}

  /** What a client asks: {@code build}/{@code check} (with its arguments), {@code status} or {@code stop}. */
  record Request(String kind, boolean console, List<String> args) {
    Request {
      args = List.copyOf(args);
    }

    void write(DataOutputStream out) throws IOException {
      out.writeInt(MAGIC);
      out.writeUTF(kind);
      out.writeBoolean(console);
      out.writeInt(args.size());
      for (String a : args) {
        byte[] bytes = a.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
      }
      out.flush();
    }

    static Request read(DataInputStream in) throws IOException {
      int magic = in.readInt();
      if (magic != MAGIC) {
        throw new IOException("expected a briefing client's request, found bytes " + Integer.toHexString(magic));
      }
      String kind = in.readUTF();
      boolean console = in.readBoolean();
      int n = in.readInt();
      if (n < 0 || n > 10_000) {
        throw new IOException("expected at most 10000 arguments, found " + n);
      }
      List<String> args = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        args.add(new String(bytes(in), StandardCharsets.UTF_8));
      }
      return new Request(kind, console, args);
    }
  }

  /** One frame read from the daemon. */
  record Frame(byte kind, byte[] bytes) {
    int exitCode() {
      return ((bytes[0] & 0xff) << 24) | ((bytes[1] & 0xff) << 16) | ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
    }

    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  static void frame(DataOutputStream out, byte kind, byte[] bytes, int offset, int length) throws IOException {
    synchronized (out) {
      out.writeByte(kind);
      out.writeInt(length);
      out.write(bytes, offset, length);
      out.flush();
    }
  }

  static void exit(DataOutputStream out, int code) throws IOException {
    frame(out, EXIT, new byte[] {(byte) (code >>> 24), (byte) (code >>> 16), (byte) (code >>> 8), (byte) code}, 0, 4);
  }

  static void refuse(DataOutputStream out, String reason) throws IOException {
    byte[] b = reason.getBytes(StandardCharsets.UTF_8);
    frame(out, REFUSED, b, 0, b.length);
  }

  static Frame read(DataInputStream in) throws IOException {
    byte kind = in.readByte();
    return new Frame(kind, bytes(in));
  }

  /** A stream whose writes go out as frames of {@code kind}. */
  static OutputStream stream(DataOutputStream out, byte kind) {
    return writing((b, off, len) -> {
      if (len > 0) {
        frame(out, kind, b, off, len);
      }
    });
  }

  /**
   * A stream reading {@code channel} straight: unlike {@link java.nio.channels.Channels#newInputStream},
   * it takes no lock that a write from another thread also takes, so the daemon can wait for a
   * client's close while its command writes to it.
   */
  static InputStream input(SocketChannel channel) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
      }
    };
  }

  /** A stream writing {@code channel} straight (see {@link #input}). */
  static OutputStream output(SocketChannel channel) {
    return writing((b, off, len) -> {
      ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    });
  }

  /** Where a stream's bytes go, a run at a time. */
  @FunctionalInterface
  private interface Sink {
    void write(byte[] b, int off, int len) throws IOException;
  }

  /** A stream handing each write, single bytes included, to {@code sink}. */
  private static OutputStream writing(Sink sink) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        sink.write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        sink.write(b, off, len);
      }
    };
  }

  private static byte[] bytes(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > (64 << 20)) {
      throw new IOException("expected a frame of at most 64 MiB, found " + length + " bytes");
    }
    byte[] b = new byte[length];
    try {
      in.readFully(b);
    } catch (EOFException e) {
      throw new EOFException("expected " + length + " bytes, found the end of the stream");
    }
    return b;
  }
}
