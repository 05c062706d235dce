using System.Data.Common;
using System.Net.Sockets;

namespace Hub.ServiceDefaults.Messaging;

/// <summary>Recognises a failure that means "the database cannot be reached right now" anywhere in an exception's chain.</summary>
public static class DatabaseUnavailable
{
    /// <summary>
    /// A transient provider error (Npgsql: connection refused or reset, server shutting down; SQLite: busy or locked),
    /// also when EF Core's execution strategy or MassTransit wrapped it, or a socket error underneath.
    /// </summary>
    public static bool IsCause(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { IsTransient: true } or SocketException)
            {
                return true;
            }
            if (current is AggregateException aggregate && aggregate.InnerExceptions.Any(IsCause))
            {
                return true;
            }
        }
        return false;
    }
}
