package org.tradeexecutor.platform.entity;

import jakarta.nosql.AttributeConverter;
import org.bson.types.Decimal128;

import java.math.BigDecimal;

/**
 * Stores a {@link BigDecimal} as a BSON Decimal128 (JNoSQL would write a double: 0.1 + 0.2 money errors and "66.0"
 * shares). Use {@code @Convert(MoneyAsDecimal128.class)} on every BigDecimal field of an entity.
 */
public class MoneyAsDecimal128 implements AttributeConverter<BigDecimal, Decimal128> {

    @Override
    public Decimal128 convertToDatabaseColumn(BigDecimal attribute) {
        return attribute == null ? null : new Decimal128(attribute);
    }

    @Override
    public BigDecimal convertToEntityAttribute(Decimal128 dbData) {
        return dbData == null ? null : dbData.bigDecimalValue();
    }
}
