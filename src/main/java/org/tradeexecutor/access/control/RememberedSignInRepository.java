package org.tradeexecutor.access.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.access.entity.RememberedSignIn;

@Repository
public interface RememberedSignInRepository extends BasicRepository<RememberedSignIn, String> {
}
