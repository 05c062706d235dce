using System.Net;
using Hub.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Refit;

namespace Hub.Testing.Rig;

/// <summary>One partner organisation calling the gateway through Hub.Client, registered with AddHubClient as a partner's system would.</summary>
public sealed class HubPartner : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly LastResponse _last;

    private HubPartner(ServiceProvider services, LastResponse last) => (_services, _last) = (services, last);

    public IVacanciesApi Vacancies => _services.GetRequiredService<IVacanciesApi>();
    public IJobSeekersApi JobSeekers => _services.GetRequiredService<IJobSeekersApi>();
    public IStudentsApi Students => _services.GetRequiredService<IStudentsApi>();
    public IProposalsApi Proposals => _services.GetRequiredService<IProposalsApi>();
    public IFiguresApi Figures => _services.GetRequiredService<IFiguresApi>();
    public ISignalsApi Signals => _services.GetRequiredService<ISignalsApi>();
    public IConsentsApi Consents => _services.GetRequiredService<IConsentsApi>();
    public ISubjectAccessApi SubjectAccess => _services.GetRequiredService<ISubjectAccessApi>();
    public ICommandsApi Commands => _services.GetRequiredService<ICommandsApi>();

    /// <summary>The gateway's status for the latest call, after any retries.</summary>
    public HttpStatusCode? LastStatus => _last.StatusCode;

    /// <summary>The Location header of the latest answer, as the gateway sent it.</summary>
    public string? LastLocation => _last.Location?.OriginalString;

    /// <param name="trust">For a gateway whose certificate the machine does not know (a test deployment's own CA).</param>
    public static HubPartner Connect(Uri gateway, string apiKey, Action<HubResilienceOptions>? tune = null, System.Net.Security.RemoteCertificateValidationCallback? trust = null)
    {
        var last = new LastResponse();
        var services = new ServiceCollection()
            // Defaults come before a client's own handlers, so this one sees the final answer.
            .ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(last.NewHandler))
            .AddHubClient(options =>
            {
                options.BaseAddress = gateway;
                options.ApiKey = apiKey;
                options.Resilience.RetryDelay = TimeSpan.FromMilliseconds(200);
                options.Resilience.MaxRetryDelay = TimeSpan.FromSeconds(2);
                options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(20);
                options.Resilience.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(1);
                tune?.Invoke(options.Resilience);
            });
        if (trust is not null)
        {
            // After every client's own configuration, which would otherwise put its default primary handler back.
            services.ConfigureAll<HttpClientFactoryOptions>(factory => factory.HttpMessageHandlerBuilderActions.Add(handlers =>
                handlers.PrimaryHandler = new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = trust } }));
        }
        return new HubPartner(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }), last);
    }

    /// <summary>The result of a read, or null while the gateway answers with an error (e.g. 404 before job matching has it).</summary>
    public static async Task<T?> Found<T>(Func<Task<T>> read) where T : class
    {
        try
        {
            return await read();
        }
        catch (ApiException)
        {
            return null;
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
