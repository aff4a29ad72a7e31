package org.tradeexecutor.access.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.access.entity.User;

import java.util.Optional;

@Repository
public interface UserRepository extends BasicRepository<User, String> {

    /** Usernames are stored lower-case; look-ups go through a unique index. */
    Optional<User> findByUsername(String username);
}
