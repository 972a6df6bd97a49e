using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Anshun.Core.Data;

/// <inheritdoc cref="UtcDateTimeConverter" />
public sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
    value => value.HasValue ? UtcDateTime.Normalize(value.Value) : null,
    value => value.HasValue ? DateTime.SpecifyKind(value.Value, DateTimeKind.Utc) : null);
