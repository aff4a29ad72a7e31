package org.tradeexecutor.audit.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.audit.entity.SecurityAudit;

import java.util.List;

@Repository
public interface SecurityAuditRepository extends BasicRepository<SecurityAudit, String> {

    List<SecurityAudit> findByUsernameAndAction(String username, String action);

    List<SecurityAudit> findByAction(String action);
}
