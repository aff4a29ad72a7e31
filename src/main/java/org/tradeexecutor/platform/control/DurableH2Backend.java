package org.tradeexecutor.platform.control;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.util.Locale;
import java.util.Set;

/**
 * The H2 backend of the embedded store, committing to its file after every write command before the write is
 * acknowledged. The plain backend commits about once a second, so a {@code kill -9} could lose a write the
 * application had already been told was stored; accepted work must never be lost. Writes that arrive together share
 * one commit ({@link GroupCommit}).
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
            "dropindexes", "drop", "dropdatabase", "renamecollection", "create");

    private final GroupCommit groupCommit = new GroupCommit(this::commit);

    DurableH2Backend(MVStore store) {
        super(store);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document result = super.handleCommand(channel, databaseName, command, query);
        if (WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT))) {
            groupCommit.awaitCommitOfWrite();
        }
        return result;
    }
}
