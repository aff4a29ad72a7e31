package org.tradeexecutor.platform.entity;

import jakarta.nosql.AttributeConverter;

import java.time.Instant;
import java.util.Date;

/**
 * Stores an {@link Instant} as a BSON date (JNoSQL would write a string): TTL indexes only expire dates, and date
 * ranges and sorting must compare instants, not text. Use {@code @Convert(InstantAsDate.class)} on every Instant field.
 */
public class InstantAsDate implements AttributeConverter<Instant, Date> {

    @Override
    public Date convertToDatabaseColumn(Instant attribute) {
        return attribute == null ? null : Date.from(attribute);
    }

    @Override
    public Instant convertToEntityAttribute(Date dbData) {
        return dbData == null ? null : dbData.toInstant();
    }
}
