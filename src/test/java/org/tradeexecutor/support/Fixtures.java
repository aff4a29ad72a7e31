package org.tradeexecutor.support;

import org.bson.Document;
import org.bson.types.ObjectId;

import java.util.Date;

/** Test data written straight into the tests' store through the MongoDB driver, as another process would. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Document user(String username) {
        Document user = TestStore.database().getCollection("users").find(new Document("username", username)).first();
        if (user == null) {
            throw new AssertionError("No user " + username + " in the test store");
        }
        return user;
    }

    /** A new account with the demo password (its hash is copied from a demo account) and the given status. */
    public static String createUser(String username, String status, String reason) {
        String id = new ObjectId().toHexString();
        TestStore.database().getCollection("users").insertOne(new Document("_id", id)
                .append("username", username)
                .append("displayName", username)
                .append("passwordHash", user("trader").getString("passwordHash"))
                .append("platformAdmin", false)
                .append("status", status)
                .append("statusReason", reason)
                .append("createdAt", new Date()));
        return id;
    }

    /** A new active account with a unique name starting with the prefix, a trader of the demo community; its name. */
    public static String newTrader(String prefix) {
        String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
        addMember(demoCommunityId(), createUser(username, "ACTIVE", null), "TRADER");
        return username;
    }

    /** The id of the seeded "Demo Community". */
    public static String demoCommunityId() {
        return TestStore.database().getCollection("communities").find(new Document("name", "Demo Community")).first().getString("_id");
    }

    /**
     * A new user who trades in the demo community and owns a community of its own.
     *
     * @return the id of the user's own community
     */
    public static String createTraderOwningAnotherCommunity(String username, String communityName) {
        String userId = createUser(username, "ACTIVE", null);
        addMember(demoCommunityId(), userId, "TRADER");
        return createCommunity(communityName, userId, "OWNER");
    }

    /** A new community with the given user in the given role. */
    public static String createCommunity(String name, String userId, String role) {
        String id = new ObjectId().toHexString();
        TestStore.database().getCollection("communities").insertOne(new Document("_id", id)
                .append("name", name).append("ownerId", userId).append("plan", "FREE").append("createdAt", new Date()));
        addMember(id, userId, role);
        return id;
    }

    /** A new user who owns a new community on the given plan (password "demo"); returns the community id. */
    public static String createOwnedCommunity(String username, String communityName, String plan) {
        String communityId = createCommunity(communityName, createUser(username, "ACTIVE", null), "OWNER");
        setPlan(communityId, plan);
        return communityId;
    }

    public static void setPlan(String communityId, String plan) {
        TestStore.database().getCollection("communities").updateOne(new Document("_id", communityId), new Document("$set", new Document("plan", plan)));
    }

    public static void addMember(String communityId, String userId, String role) {
        addMember(communityId, userId, role, "ACTIVE", null);
    }

    public static void addMember(String communityId, String userId, String role, String status, String reason) {
        TestStore.database().getCollection("memberships").insertOne(new Document("_id", communityId + ":" + userId)
                .append("communityId", communityId).append("userId", userId).append("role", role)
                .append("status", status).append("statusReason", reason).append("joinedAt", new Date()));
    }

    public static long audits(String action, String username) {
        return TestStore.database().getCollection("security_audits")
                .countDocuments(new Document("action", action).append("username", username));
    }
}
