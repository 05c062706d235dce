namespace Hub.Gateway.Tests.BadInputs;

/// <summary>
/// A field of a request body and values that make the request invalid, as raw JSON text (so that
/// broken escapes such as a lone surrogate can be sent). A required field is also left out or null.
/// </summary>
public sealed record FieldRule(string Path, bool Required, IReadOnlyList<string> InvalidJson);
