package com.actionpack.tui.ssh;

import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Closes a new connection at once when too many are open already. */
final class ConnectionLimit implements SessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionLimit.class);

    private final int max;
    private final Set<Session> open = ConcurrentHashMap.newKeySet();

    ConnectionLimit(int max) {
        this.max = max;
    }

    @Override
    public void sessionCreated(Session session) {
        boolean refuse;
        synchronized (this) {
            refuse = open.size() >= max;
            if (!refuse) {
                open.add(session);
            }
        }
        if (refuse) {
            LOG.warn("Refused a connection from {}: {} connections open", session.getRemoteAddress(), max);
            session.close(true);
        }
    }

    @Override
    public void sessionClosed(Session session) {
        open.remove(session);
    }
}
