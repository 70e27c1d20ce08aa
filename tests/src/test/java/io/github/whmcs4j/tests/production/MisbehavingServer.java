package io.github.whmcs4j.tests.production;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A raw HTTP server on 127.0.0.1 for the faults an HTTP server library would not produce: it can
 * drop a connection after reading the request, never answer, answer with bytes of any kind, or send
 * a body slowly without end. Each connection is handled by what {@code behaviour} returns for its
 * number (1, 2, ...). Stops itself when closed.
 */
final class MisbehavingServer implements AutoCloseable {
    /** What to do with one connection. */
    sealed interface Behaviour permits Drop, Stall, Answer, Raw, Trickle {
    }

    /** Read the request, then close without a response. */
    record Drop() implements Behaviour {
    }

    /** Read the request and never answer (until the server closes). */
    record Stall() implements Behaviour {
    }

    /** Answer with this JSON body and status 200. */
    record Answer(String json) implements Behaviour {
    }

    /** Write these bytes (status line, headers and body) as the response, then close. */
    record Raw(byte[] response) implements Behaviour {
        /** A response with this status, extra header lines ({@code "Name: value\r\n"} each) and body. */
        static Raw of(int status, String headerLines, byte[] body) {
            byte[] head = ("HTTP/1.1 " + status + " X\r\n" + headerLines + "Content-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] all = java.util.Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, all, head.length, body.length);
            return new Raw(all);
        }
    }

    /**
     * Announce a body of {@code announcedLength} bytes and send it a kilobyte at a time, a pause between
     * each, until the client closes the connection (or the server is closed).
     */
    record Trickle(long announcedLength) implements Behaviour {
    }

    private final ServerSocket socket;
    private final IntFunction<Behaviour> behaviour;
    private final AtomicInteger connections = new AtomicInteger();
    private final java.util.concurrent.CountDownLatch closedByClient = new java.util.concurrent.CountDownLatch(1);
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    MisbehavingServer(IntFunction<Behaviour> behaviour) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.behaviour = behaviour;
        this.acceptor = new Thread(this::accept, "misbehaving-server");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/includes/api.php";
    }

    /**
     * Waits (at most {@code seconds}) until a client closed a connection this server was still writing to,
     * or that it kept open without answering; false if none did.
     */
    boolean awaitClosedByClient(long seconds) throws InterruptedException {
        return closedByClient.await(seconds, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** How many requests arrived (connections that sent a request). */
    int requests() {
        return connections.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                Thread handler = new Thread(() -> handle(client), "misbehaving-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void handle(Socket client) {
        try {
            readRequest(client.getInputStream());
            Behaviour what = behaviour.apply(connections.incrementAndGet());
            if (what instanceof Drop) {
                client.setSoLinger(true, 0); // a reset, as a crashed PHP worker or proxy gives
                client.close();
            } else if (what instanceof Answer answer) {
                byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
                OutputStream out = client.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                client.close();
            } else if (what instanceof Raw raw) {
                client.getOutputStream().write(raw.response());
                client.getOutputStream().flush();
                client.close();
            } else if (what instanceof Trickle trickle) {
                trickle(client, trickle.announcedLength());
            } else if (client.getInputStream().read() == -1) { // Stall: silent until either side closes
                closedByClient.countDown();
            }
        } catch (IOException e) {
            // the client went away; nothing to do
        }
    }

    private void trickle(Socket client, long announcedLength) throws IOException {
        OutputStream out = client.getOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + announcedLength
                + "\r\n\r\n{\"result\":\"success\",\"padding\":\"").getBytes(StandardCharsets.US_ASCII));
        byte[] kilobyte = "x".repeat(1024).getBytes(StandardCharsets.US_ASCII);
        try {
            for (long sent = 0; sent < announcedLength && !socket.isClosed(); sent += kilobyte.length) {
                out.write(kilobyte);
                out.flush();
                Thread.sleep(20);
            }
        } catch (IOException closed) {
            if (!socket.isClosed()) {
                closedByClient.countDown();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads the headers and the Content-Length body of one request. */
    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            head.append((char) b);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        in.readNBytes(length);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        List<Socket> sockets = new ArrayList<>(open);
        for (Socket client : sockets) {
            try {
                client.close();
            } catch (SocketException ignored) {
                // already closed
            }
        }
    }
}
