package org.tradeexecutor.access.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.access.entity.ApiToken;

import java.util.List;
import java.util.Optional;

@Repository
public interface ApiTokenRepository extends BasicRepository<ApiToken, String> {

    Optional<ApiToken> findBySecretDigest(String secretDigest);

    List<ApiToken> findByUserId(String userId);
}
