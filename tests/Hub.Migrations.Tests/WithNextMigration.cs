using System.Reflection;
using Hub.Messaging.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hub.Migrations.Tests;

/// <summary>The shipped migrations of a context plus <see cref="AddRelayNote"/>, as the next build would bring it.</summary>
public sealed class WithNextMigration(ICurrentDbContext context, IDbContextOptions options) : IMigrationsAssembly
{
    public const string Id = "29990101000000_AddRelayNote";
    private readonly ProviderMigrationsAssembly _shipped = new(context, options);

    public IReadOnlyDictionary<string, TypeInfo> Migrations =>
        _shipped.Migrations.Append(KeyValuePair.Create(Id, typeof(AddRelayNote).GetTypeInfo())).ToDictionary();

    public ModelSnapshot? ModelSnapshot => _shipped.ModelSnapshot;

    public Assembly Assembly => _shipped.Assembly;

    public string? FindMigrationId(string nameOrId) => nameOrId is Id or nameof(AddRelayNote) ? Id : _shipped.FindMigrationId(nameOrId);

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider) => migrationClass.AsType() == typeof(AddRelayNote)
        ? new AddRelayNote { ActiveProvider = activeProvider }
        : _shipped.CreateMigration(migrationClass, activeProvider);
}

/// <summary>A column and an index on the outbox, which every service database has.</summary>
[Migration(WithNextMigration.Id)]
public sealed class AddRelayNote : Migration
{
    public const string Column = "RelayNote";
    public const string Index = "IX_outbox_messages_RelayNote";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: Column, table: "outbox_messages", maxLength: 50, nullable: true);
        migrationBuilder.CreateIndex(name: Index, table: "outbox_messages", column: Column);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: Index, table: "outbox_messages");
        migrationBuilder.DropColumn(name: Column, table: "outbox_messages");
    }
}
