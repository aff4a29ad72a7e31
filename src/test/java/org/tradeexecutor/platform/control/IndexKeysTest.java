package org.tradeexecutor.platform.control;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Index keys compared from their cached serialised forms come in exactly the order H2 itself gives them (the files' order). */
class IndexKeysTest {

    @Test
    void comparesEveryPairOfKeysAsH2Does() {
        Random random = new Random(16);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            keys.add(switch (i % 6) {
                case 0 -> new KeyValue("exec-" + random.nextInt(40));
                case 1 -> new KeyValue("exec-" + random.nextInt(40), i % 4 == 1 ? "FILLED" : "SUBMITTED");
                case 2 -> new KeyValue("acct-" + random.nextInt(10), (long) random.nextInt(5));
                case 3 -> new KeyValue(random.nextInt(1000), null);
                case 4 -> new KeyValue(new Date(1_700_000_000_000L + random.nextInt(1000)), random.nextDouble());
                default -> new KeyValue(new Document("a", random.nextInt(3)).append("b", "x"), true);
            });
        }
        ObjectDataType h2 = new ObjectDataType();
        DurableH2Backend.IndexKeys ours = new DurableH2Backend.IndexKeys();
        for (int round = 0; round < 2; round++) { // the second round from the cache
            for (KeyValue a : keys) {
                for (KeyValue b : keys) {
                    assertEquals(Integer.signum(h2.compare(a, b)), Integer.signum(ours.compare(a, b)), a + " against " + b);
                }
            }
        }
    }
}
