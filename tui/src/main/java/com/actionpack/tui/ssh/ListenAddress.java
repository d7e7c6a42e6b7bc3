package com.actionpack.tui.ssh;

/**
 * Where the server listens: a host name or IP literal and a TCP port (0 picks a free one).
 */
public record ListenAddress(String host, int port) {

    public static final ListenAddress DEFAULT = new ListenAddress("127.0.0.1", 2222);

    public ListenAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("listen host is empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("listen port " + port + " is outside 0..65535");
        }
    }

    /**
     * Parses "HOST:PORT", "[IPv6]:PORT" or ":PORT" (loopback). The message of the exception says
     * what is wrong and what is expected, fit for a one-line error.
     */
    public static ListenAddress parse(String text) {
        String hint = "expected HOST:PORT, e.g. 127.0.0.1:2222";
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("--listen is empty: " + hint);
        }
        String value = text.strip();
        int colon = value.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("--listen '" + value + "' has no port: " + hint);
        }
        String host = value.substring(0, colon);
        String portText = value.substring(colon + 1);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new IllegalArgumentException("--listen '" + value + "': put an IPv6 address in brackets, e.g. [::1]:2222");
        }
        if (host.isEmpty()) {
            host = DEFAULT.host();
        }
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--listen '" + value + "': port '" + portText + "' is not a number: " + hint);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--listen '" + value + "': port " + port + " is outside 0..65535");
        }
        return new ListenAddress(host, port);
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
