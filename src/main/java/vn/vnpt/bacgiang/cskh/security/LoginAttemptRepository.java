package vn.vnpt.bacgiang.cskh.security;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LoginAttemptRepository extends JpaRepository<LoginAttempt, LoginAttempt.Key> {

    @Modifying
    @Query("delete from LoginAttempt a where a.lastFailureAt < :before and (a.lockedUntil is null or a.lockedUntil < :now)")
    int purge(@Param("before") Instant before, @Param("now") Instant now);

    @Query("select a.subject from LoginAttempt a where a.kind = :kind and a.lockedUntil > :now order by a.subject")
    java.util.List<String> lockedSubjects(@Param("kind") LoginAttempt.Kind kind, @Param("now") Instant now);
}
