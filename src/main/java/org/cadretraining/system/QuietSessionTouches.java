package org.cadretraining.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Sessions live in the database so that every node sees the same; Spring Session writes a session back on every
 * request only to move its last-access time, a write (and a disk flush) per page view. This repository writes that
 * time only once it has moved by more than {@code interval} (a minute): an eight-hour session then expires at most a
 * minute early, and a burst of check-ins from phones reads sessions without writing them. A session whose
 * attributes changed is written at once, as before.
 */
final class QuietSessionTouches implements FindByIndexNameSessionRepository<Session> {

    private final FindByIndexNameSessionRepository<Session> sessions;
    private final Duration interval;

    private QuietSessionTouches(FindByIndexNameSessionRepository<Session> sessions, Duration interval) {
        this.sessions = sessions;
        this.interval = interval;
    }

    /** Wraps the application's session repository when Spring creates it. */
    static BeanPostProcessor wrapping(Duration interval) {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings("unchecked")
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof FindByIndexNameSessionRepository<?> repository
                                && !(bean instanceof QuietSessionTouches)
                        ? new QuietSessionTouches((FindByIndexNameSessionRepository<Session>) repository, interval)
                        : bean;
            }
        };
    }

    @Override
    public Session createSession() {
        return sessions.createSession();
    }

    @Override
    public void save(Session session) {
        sessions.save(session instanceof Touched touched ? touched.session : session);
    }

    @Override
    public Session findById(String id) {
        Session found = sessions.findById(id);
        return found == null ? null : new Touched(found, interval);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return sessions.findByIndexNameAndIndexValue(indexName, indexValue);
    }

    /** A stored session whose last-access time moves only by more than the interval. */
    private record Touched(Session session, Duration interval) implements Session {

        @Override
        public void setLastAccessedTime(Instant at) {
            if (Duration.between(session.getLastAccessedTime(), at).compareTo(interval) > 0) {
                session.setLastAccessedTime(at);
            }
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
