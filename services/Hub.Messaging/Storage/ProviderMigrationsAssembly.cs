using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hub.Messaging.Storage;

/// <summary>
/// The migrations of one context for the provider it runs on. Each DbContext keeps two migration sets beside its model,
/// <c>Migrations.Postgres</c> and <c>Migrations.Sqlite</c> (namespaces), because EF Core's generated migrations carry
/// provider column types and annotations; this picks the set (and its model snapshot) by the active provider.
/// </summary>
public sealed class ProviderMigrationsAssembly(ICurrentDbContext currentContext, IDbContextOptions options) : IMigrationsAssembly
{
    private readonly Type _contextType = currentContext.Context.GetType();
    private readonly string _provider = ProviderFolder(options);
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotSearched;

    public Assembly Assembly => _contextType.Assembly;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= Assembly.DefinedTypes
        .Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract && IsOurs(t))
        .Select(t => (Id: t.GetCustomAttribute<MigrationAttribute>()?.Id, Type: t))
        .Where(m => m.Id is not null)
        .OrderBy(m => m.Id, StringComparer.Ordinal)
        .ToDictionary(m => m.Id!, m => m.Type);

    public ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (!_snapshotSearched)
            {
                _snapshot = Assembly.DefinedTypes
                    .Where(t => t.IsSubclassOf(typeof(ModelSnapshot)) && !t.IsAbstract && IsOurs(t))
                    .Select(t => (ModelSnapshot)Activator.CreateInstance(t.AsType())!)
                    .SingleOrDefault();
                _snapshotSearched = true;
            }
            return _snapshot;
        }
    }

    public string? FindMigrationId(string nameOrId) => Migrations.Keys.FirstOrDefault(id =>
        string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..], nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    /// <summary>The namespace folder of a provider's migration set: <c>Postgres</c> or <c>Sqlite</c>.</summary>
    public static string ProviderFolder(IDbContextOptions options) =>
        options.Extensions.Any(e => e.GetType().Namespace?.StartsWith("Npgsql", StringComparison.Ordinal) == true) ? "Postgres"
        : options.Extensions.Any(e => e.GetType().Name.StartsWith("Sqlite", StringComparison.Ordinal)) ? "Sqlite"
        : throw new InvalidOperationException("The Hub keeps migrations for PostgreSQL and SQLite only.");

    private bool IsOurs(TypeInfo type) =>
        type.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType
        && type.Namespace?.EndsWith($".Migrations.{_provider}", StringComparison.Ordinal) == true;
}
