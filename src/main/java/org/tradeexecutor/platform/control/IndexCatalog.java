package org.tradeexecutor.platform.control;

import org.tradeexecutor.platform.entity.IndexDefinition;

import java.util.List;

/** Implemented once per component that owns collections: the indexes it needs, declared in one place. */
public interface IndexCatalog {

    List<IndexDefinition> indexes();
}
