package org.tradeexecutor.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tradeexecutor.access.entity.User;
import org.tradeexecutor.platform.entity.InvalidRequest;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** The time zone a user's dashboards count days, weeks (from Monday) and months in; the API and the page change it here. */
@ApplicationScoped
public class TimeZones {

    /** Every zone a user may choose, region ids in alphabetical order (UTC first). */
    public static final List<String> CHOICES = Stream.concat(Stream.of("UTC"), ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")).sorted()).toList();

    @Inject
    UserRepository users;

    /** @throws InvalidRequest naming {@code timeZone} when the id is not an IANA time zone */
    public ZoneId change(String userId, String timeZone) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null ? "" : timeZone.trim());
        } catch (DateTimeException e) {
            throw new InvalidRequest("timeZone", "must be an IANA time zone such as Europe/Berlin or UTC.");
        }
        User user = users.findById(userId).orElseThrow();
        user.changeTimeZone(zone);
        users.save(user);
        return zone;
    }
}
