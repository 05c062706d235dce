namespace Hub.Contracts;

/// <summary>
/// A request for data, or its answer: it changes nothing. The console's message search leaves these out unless the
/// operator asks for them, so a partner polling its vacancy does not bury the business messages. An attribute, not a
/// marker interface: MassTransit would give an interface an exchange of its own.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReadAttribute : Attribute;
