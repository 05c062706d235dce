using System.Collections.Concurrent;
using System.Text.Json;

namespace Hub.Messaging.Outbox;

/// <summary>How outbox rows name and serialise their message types.</summary>
internal static class MessageTypes
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly ConcurrentDictionary<string, Type> Resolved = new();

    public static string NameOf(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type Resolve(string name) => Resolved.GetOrAdd(name, static n =>
        Type.GetType(n, throwOnError: false) ?? throw new InvalidOperationException($"Unknown outbox message type '{n}'."));
}
