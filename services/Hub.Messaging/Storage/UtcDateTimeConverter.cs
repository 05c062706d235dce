using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hub.Messaging.Storage;

/// <summary>Every stored DateTime is UTC; SQLite forgets the kind, so it is restored on read.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
