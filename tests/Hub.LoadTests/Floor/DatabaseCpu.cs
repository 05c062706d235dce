namespace Hub.LoadTests.Floor;

/// <summary>CPU ms per vacancy of the database's client (the harness) and server (PostgreSQL; none for SQLite, which runs in its client).</summary>
internal sealed record DatabaseCpu(double Client, double? Server)
{
    public double Total => Client + (Server ?? 0);
}
