package org.tradeexecutor.platform.control;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The H2 backend of the embedded store, committing to its file after every write command before the write is
 * acknowledged. The plain backend commits about once a second, so a {@code kill -9} could lose a write the
 * application had already been told was stored; accepted work must never be lost. Writes that arrive together share
 * one commit ({@link GroupCommit}).
 *
 * <p>Its collections also find a document by its {@code _id} when a query names the id together with other
 * conditions ("this id, if still in this state", "this rollup, if it has not booked this trade"): the store uses an
 * index only when a query names exactly the index's fields, and would scan the whole collection for every such
 * conditional write. MongoDB does this by itself. A query by string ids reads the documents straight from where
 * they are kept, without the {@code _id} index (see {@code namedIds}).
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
            "dropindexes", "drop", "dropdatabase", "renamecollection", "create");
    private static final String ID = "_id";

    private final GroupCommit groupCommit = new GroupCommit(this::commit);
    private static final IndexKeys INDEX_KEYS = new IndexKeys();

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

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IdFirstDatabase(databaseName);
    }

    /** Opens the same maps as {@link H2Database} does (its names), with {@link IdFirstCollection}s on them. */
    private final class IdFirstDatabase extends H2Database {

        IdFirstDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        /**
         * The index's map is opened here first, with {@link IndexKeys}; the superclass, opening it by name, then gets
         * this one (an open map is returned as it is).
         */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            getMvStore().openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                    new MVMap.Builder<KeyValue, Object>().keyType(INDEX_KEYS));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            // Called from the superclass constructor: the outer backend (and its store) is there already.
            MVStore store = getMvStore();
            return new IdFirstCollection(this, collectionName, options, store.openMap("databases." + namespace), store.openMap("meta." + namespace),
                    getCursorRegistry());
        }
    }

    private static final class IdFirstCollection extends H2Collection {

        /** Set while this thread adds an index that holds nothing (see {@link #addIndex}). */
        private static final ThreadLocal<Boolean> ADDING_EMPTY_INDEX = ThreadLocal.withInitial(() -> false);

        private final MVMap<Object, Document> documents;

        IdFirstCollection(MongoDatabase database, String collectionName, CollectionOptions options, MVMap<Object, Document> dataMap,
                          MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
            super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
            this.documents = dataMap;
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize, Document fieldSelector) {
            SortedSet<String> ids = namedIds(query.get(ID));
            if (ids != null) {
                // The documents with those ids, if any, are then matched against the whole query.
                Stream<Document> named = ids.stream().map(this::getDocument).filter(Objects::nonNull);
                return matchDocumentsFromStream(named, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
            IdRange range = IdRange.of(query.get(ID));
            if (range != null) {
                return matchDocumentsFromStream(range.documents(documents), query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
            Object id = query.get(ID);
            if (query.size() > 1 && id != null && !(id instanceof Document) && !(id instanceof Collection<?>) && !(id instanceof Pattern)) {
                Document byId = new Document(ID, id);
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(byId)) {
                        return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit, batchSize, fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        /**
         * A secondary (non-unique) index is an {@link EmptyIndex} here: it holds and checks nothing, yet the store
         * reads every document twice to "build" it, on each start for every such index (minutes at a million trades).
         * It is added without reading them.
         */
        @Override
        public void addIndex(Index<Object> index) {
            if (!(index instanceof EmptyIndex)) {
                super.addIndex(index);
                return;
            }
            ADDING_EMPTY_INDEX.set(true);
            try {
                super.addIndex(index);
            } finally {
                ADDING_EMPTY_INDEX.set(false);
            }
        }

        @Override
        protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
            return ADDING_EMPTY_INDEX.get() ? Stream.empty() : super.streamAllDocumentsWithPosition();
        }

        /**
         * The string ids a query names ({@code "id"} or {@code {$in: ["id", …]}}), in the order the index would give
         * them; null for any other condition on the id. A document is kept under its id, and a string id compares as
         * a string: reading it there skips the {@code _id} index, whose keys the store compares by serialising both.
         */
        private static SortedSet<String> namedIds(Object condition) {
            if (condition instanceof String id) {
                return new TreeSet<>(Set.of(id));
            }
            if (condition instanceof Document operators && operators.size() == 1 && operators.get("$in") instanceof Collection<?> values
                    && values.stream().allMatch(String.class::isInstance)) {
                SortedSet<String> ids = new TreeSet<>();
                values.forEach(value -> ids.add((String) value));
                return ids;
            }
            return null;
        }
    }

    /**
     * The keys of a unique index (a {@link KeyValue}: the indexed fields' values), compared as H2 compares them — by
     * their Java-serialised bytes, the order the index files are in — but serialising each key once rather than on
     * every comparison: the store spent about a third of a fan-out's CPU serialising the same index keys again in
     * its binary searches. Written and read as before, so files stay as they were. A bounded cache of the bytes of
     * keys seen lately, by their content (equal keys serialise alike); dropped when full.
     */
    static final class IndexKeys extends ObjectDataType {

        private static final int CACHED_KEYS = 50_000;
        private final Map<KeyValue, byte[]> serialised = new ConcurrentHashMap<>();

        @Override
        public int compare(Object a, Object b) {
            if (a == b) {
                return 0;
            }
            if (a instanceof KeyValue one && b instanceof KeyValue other) {
                return compareNotNull(bytesOf(one), bytesOf(other));
            }
            return super.compare(a, b);
        }

        private byte[] bytesOf(KeyValue key) {
            if (!key.stream().allMatch(IndexKeys::plain)) {
                return serialize(key); // a document's equal copies may serialise differently (field order): not cached
            }
            byte[] bytes = serialised.get(key);
            if (bytes == null) {
                if (serialised.size() >= CACHED_KEYS) {
                    serialised.clear();
                }
                bytes = serialize(key);
                serialised.put(key, bytes);
            }
            return bytes;
        }

        /** Values whose equal copies serialise to the same bytes. */
        private static boolean plain(Object value) {
            return value == null || value instanceof String || value instanceof Long || value instanceof Integer || value instanceof Boolean
                    || value instanceof Double || value instanceof Date;
        }
    }

    /**
     * {@code _id: {$gte: "from", $lt: "to"}} on string ids: the documents kept under ids in that range, read in id
     * order from where they are kept (the map is sorted by id), so that ids made of a key and a time ("a community's
     * audit entries of this month") are read as a range, not found by a scan.
     */
    record IdRange(String from, String to) {

        static IdRange of(Object condition) {
            if (condition instanceof Document operators && operators.size() == 2 && operators.get("$gte") instanceof String from
                    && operators.get("$lt") instanceof String to) {
                return new IdRange(from, to);
            }
            return null;
        }

        Stream<Document> documents(MVMap<Object, Document> documents) {
            Iterator<Object> ids = documents.keyIterator(from);
            Spliterator<Object> inRange = Spliterators.spliteratorUnknownSize(ids, Spliterator.ORDERED);
            return StreamSupport.stream(inRange, false)
                    .takeWhile(id -> id instanceof String s && s.compareTo(to) < 0)
                    .map(documents::get).filter(Objects::nonNull);
        }
    }
}
