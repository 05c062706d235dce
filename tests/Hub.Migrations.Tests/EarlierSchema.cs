using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hub.Migrations.Tests;

/// <summary>
/// Builds a context's model with only the columns the database has (one an earlier build created), so the rows a test
/// writes go in as that build wrote them: a column a later migration adds is left out until the upgrade.
/// </summary>
internal sealed class EarlierSchema(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, HashSet<string>>> Databases = new();

    /// <summary>Registers the database's tables and columns (table name to its columns) as the schema its model is built from.</summary>
    public static void Register(string connectionString, IReadOnlyDictionary<string, HashSet<string>> tables) => Databases[DatabaseOf(connectionString)] = tables;

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        if (!Databases.TryGetValue(ConnectionStringOf(context), out var tables))
        {
            return;
        }
        foreach (var entity in modelBuilder.Model.GetEntityTypes().ToList())
        {
            if (entity.GetTableName() is not { } table || !tables.TryGetValue(table, out var columns))
            {
                continue;
            }
            foreach (var property in entity.GetDeclaredProperties().Where(p => !columns.Contains(p.GetColumnName())).ToList())
            {
                modelBuilder.Entity(entity.ClrType).Ignore(property.Name);
            }
        }
    }

    /// <summary>One model per database with an earlier schema, never the full model cached for the context type.</summary>
    public sealed class CacheKey : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) => (context.GetType(), ConnectionStringOf(context), designTime);
    }

    // From the options, not context.Database: that would ask for the model being built. Keyed by the database's name
    // (or file): the service adds settings of its own to the connection string.
    private static string ConnectionStringOf(DbContext context) =>
        DatabaseOf(RelationalOptionsExtension.Extract(context.GetService<IDbContextOptions>()).ConnectionString ?? "");

    private static string DatabaseOf(string connectionString)
    {
        var settings = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return (settings.TryGetValue("Database", out var name) ? name : settings.TryGetValue("Data Source", out var file) ? file : "")?.ToString() ?? "";
    }
}
