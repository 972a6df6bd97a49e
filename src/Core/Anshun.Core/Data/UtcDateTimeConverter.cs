using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Anshun.Core.Data;

/// <summary>Stores UTC and reads back with <see cref="DateTimeKind.Utc"/> (SQLite loses the kind otherwise).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => UtcDateTime.Normalize(value),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
