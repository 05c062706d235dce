using System.Runtime.CompilerServices;
using Hub.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hub.Migrations.Tests;

/// <summary>Rows in every table of a context, written and read back through its model.</summary>
public static class EveryTable
{
    /// <summary>
    /// One row per entity whose table is among <paramref name="existingTables"/> (a later migration adds the others; the
    /// outbox gets a real message elsewhere), each column filled with a value of its type.
    /// </summary>
    public static async Task FillAsync(DbContext db, IReadOnlySet<string> existingTables)
    {
        var sample = 0;
        foreach (var entity in Entities(db).Where(e => e.ClrType != typeof(OutboxMessage) && existingTables.Contains(e.GetTableName()!)))
        {
            var row = RuntimeHelpers.GetUninitializedObject(entity.ClrType);
            var entry = db.Entry(row);
            foreach (var property in entity.GetProperties().Where(p => !(p.IsKey() && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType != typeof(Guid))))
            {
                entry.Property(property.Name).CurrentValue = SampleValue(property, ++sample);
            }
            db.Add(row);
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Every table's rows, materialised through the model: a column the model cannot read fails here.</summary>
    public static async Task<Dictionary<string, int>> ReadAsync(DbContext db)
    {
        var counts = new Dictionary<string, int>();
        foreach (var entity in Entities(db))
        {
            var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entity.ClrType).Invoke(db, null)!;
            counts[entity.GetTableName()!] = (await set.AsNoTracking().ToListAsync()).Count;
        }
        return counts;
    }

    private static IEnumerable<IEntityType> Entities(DbContext db) =>
        db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()).OrderBy(e => e.GetTableName(), StringComparer.Ordinal);

    private static object SampleValue(IProperty property, int n)
    {
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        var now = new DateTime(2026, 12, 1, 8, 30, 0, DateTimeKind.Utc).AddMinutes(n);
        return type switch
        {
            _ when type == typeof(string) => $"v{n}"[..Math.Min($"v{n}".Length, property.GetMaxLength() ?? 100)],
            _ when type == typeof(Guid) => Guid.CreateVersion7(),
            _ when type == typeof(int) => n,
            _ when type == typeof(long) => (long)n,
            _ when type == typeof(short) => (short)n,
            _ when type == typeof(bool) => true,
            _ when type == typeof(decimal) => n + 0.5m,
            _ when type == typeof(double) => n + 0.5,
            _ when type == typeof(DateTime) => now,
            _ when type == typeof(DateTimeOffset) => new DateTimeOffset(now),
            _ when type == typeof(DateOnly) => DateOnly.FromDateTime(now),
            _ when type == typeof(TimeSpan) => TimeSpan.FromMinutes(n),
            _ when type == typeof(byte[]) => new byte[] { 1, 2, (byte)n },
            _ when type.IsEnum => Enum.GetValues(type).GetValue(0)!,
            _ when type == typeof(List<string>) => new List<string> { $"v{n}" },
            _ when type == typeof(Dictionary<string, string>) => new Dictionary<string, string> { ["sample"] = $"v{n}" },
            _ => throw new NotSupportedException($"No sample value for {property.DeclaringType.DisplayName()}.{property.Name} ({type.Name})"),
        };
    }
}
