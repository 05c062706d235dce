namespace Hub.Gateway.Publishing;

/// <summary>The broker did not confirm a publish in time: the request was not accepted.</summary>
public sealed class BrokerUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
