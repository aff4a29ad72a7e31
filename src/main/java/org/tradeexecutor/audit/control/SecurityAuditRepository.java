package org.tradeexecutor.audit.control;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;
import org.tradeexecutor.audit.entity.SecurityAudit;

@Repository
public interface SecurityAuditRepository extends BasicRepository<SecurityAudit, String> {
}
