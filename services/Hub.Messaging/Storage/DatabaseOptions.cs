namespace Hub.Messaging.Storage;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>Where SQLite files go when a service has no connection string of its own.</summary>
    public string DataDirectory { get; set; } = "data";
}
