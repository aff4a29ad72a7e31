package org.tradeexecutor.platform.boundary;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.tradeexecutor.support.TestStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code scripts/create-indexes ENV} run as an operator runs it (PRODUCT O3), against the tests' wire-protocol store:
 * it creates every index in an empty database, a second run changes nothing, and an index that is different from its
 * declaration is named and fails the run. No server of ours is involved.
 */
class CreateIndexesIT {

    private record Run(int exit, String output) {
    }

    @Test
    void createsEveryIndexOnceVerifiesThemAndNamesOneThatDiffers() throws Exception {
        String database = "indexes_" + Long.toString(System.nanoTime(), 36);
        String uri = TestStore.uri(database);

        Run first = run(uri, "staging");
        assertEquals(0, first.exit(), first.output());
        assertTrue(first.output().contains("users") && first.output().contains("username"), first.output());
        MongoDatabase created = TestStore.database(database);
        List<String> before = indexes(created);
        assertTrue(before.contains("users.username") && before.contains("memberships.community_user"), before.toString());

        Run second = run(uri, "staging");
        assertEquals(0, second.exit(), second.output());
        assertEquals(before, indexes(created), "running it again changes nothing");

        created.getCollection("invites").createIndex(new Document("communityId", 1), new IndexOptions().name("elsewhere"));
        created.getCollection("users").dropIndex("username");
        created.getCollection("users").createIndex(new Document("username", 1), new IndexOptions().name("username")); // not unique
        Run differs = run(uri, "staging");
        assertEquals(1, differs.exit(), differs.output());
        assertTrue(differs.output().contains("users.username"), differs.output());

        Run nowhere = run("", "no-such-environment");
        assertEquals(2, nowhere.exit(), nowhere.output());
        assertTrue(nowhere.output().contains("No MONGODB_URI"), nowhere.output());
    }

    private static List<String> indexes(MongoDatabase database) {
        List<String> names = new ArrayList<>();
        for (String collection : database.listCollectionNames()) {
            database.getCollection(collection).listIndexes().forEach(d -> names.add(collection + "." + d.getString("name")));
        }
        return names.stream().sorted().toList();
    }

    private static Run run(String uri, String environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("scripts/create-indexes", environment).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true);
        builder.environment().put("MONGODB_URI", uri);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the script ended");
        return new Run(process.exitValue(), output);
    }
}
