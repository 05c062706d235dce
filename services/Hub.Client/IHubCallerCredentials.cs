namespace Hub.Client;

/// <summary>
/// Says who is calling when it is not simply your organisation by its API key: a component that calls on behalf of a
/// signed-in user (the Hub's partner portal) puts its credentials on each request here, for example
/// <c>Authorization: Bearer</c> with a short-lived token naming the organisation and the user. Register it with
/// <see cref="HubClientServiceCollectionExtensions.AddHubClient{TCredentials}"/>; it is a singleton, so it reads the
/// current user from its context (e.g. IHttpContextAccessor), not from its constructor.
/// </summary>
public interface IHubCallerCredentials
{
    /// <summary>Adds the caller's credentials to <paramref name="request"/>; called once per call, before any retry.</summary>
    ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken);
}
