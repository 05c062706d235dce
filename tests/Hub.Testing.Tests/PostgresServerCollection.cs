namespace Hub.Testing.Tests;

[CollectionDefinition(Name)]
public sealed class PostgresServerCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "A running PostgreSQL server";
}
