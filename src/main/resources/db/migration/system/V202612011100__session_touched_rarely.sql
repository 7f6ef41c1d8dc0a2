-- Spring Session writes a session's last access time on every request: a signed-in page view would cost a row
-- rewrite, a commit and a flush to disk. The row is rewritten only when something besides the times changes (a new
-- session id at sign-in, the timeout, the principal) or when the access time it holds is a minute old or more. A
-- transaction that writes nothing needs no flush. The cost: an idle session expires up to a minute early.
create function spring_session_touched_rarely() returns trigger language plpgsql as $$
begin
    if new.session_id = old.session_id
            and new.max_inactive_interval = old.max_inactive_interval
            and new.principal_name is not distinct from old.principal_name
            and new.creation_time = old.creation_time
            and new.last_access_time - old.last_access_time < 60000 then
        return null;
    end if;
    return new;
end
$$;

create trigger spring_session_touched_rarely
    before update on spring_session
    for each row execute function spring_session_touched_rarely();
