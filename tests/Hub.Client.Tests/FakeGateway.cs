using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Client.Tests;

/// <summary>
/// A real HTTP server on 127.0.0.1 with the gateway's vacancy routes and error shapes. It records every
/// request and can be told to answer the next ones with 503 + Retry-After, as the gateway does without a broker.
/// </summary>
public sealed class FakeGateway : IAsyncDisposable
{
    public const string InvalidPostcode = "not a postcode";
    private readonly WebApplication _app;
    private int _failuresLeft;
    private string _retryAfter = "0";

    private FakeGateway(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>How often each command was read; the first <see cref="PendingReads"/> answers say pending.</summary>
    public ConcurrentDictionary<Guid, int> CommandReads { get; } = new();

    public const int PendingReads = 2;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<FakeGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var fake = new FakeGateway(app);
        app.Use(fake.RecordAndMaybeFail);
        app.MapPost("/api/v1/vacancies", (VacancyBody body) => Accept(body, Guid.NewGuid()));
        app.MapPut("/api/v1/vacancies/{vacancyId:guid}", (Guid vacancyId, VacancyBody body) => Accept(body, vacancyId));
        // The list says which status it was asked for ("all" without one).
        app.MapGet("/api/v1/vacancies", (string? status) => TypedResults.Ok(new
        {
            vacancies = new[] { new { vacancyId = Guid.NewGuid(), title = "Monteur", postcode = "8925AB", status = status ?? "all", closingDate = "2027-03-01", proposals = 2 } },
        }));
        app.MapGet("/api/v1/vacancies/{vacancyId:guid}", (Guid vacancyId) => TypedResults.Ok(new { vacancyId, title = "Monteur", postcode = "8925AB", status = "open" }));
        // A command is pending for its first reads, then refused, as when job matching decides a moment later.
        app.MapGet("/api/v1/commands/{commandId:guid}", (Guid commandId) => fake.CommandReads.AddOrUpdate(commandId, 1, (_, n) => n + 1) <= PendingReads
            ? Results.Ok(new { commandId, kind = "vacancy-published", status = "pending", acceptedAt = DateTime.UtcNow })
            : Results.Ok(new { commandId, kind = "vacancy-published", status = "refused", reason = "wrong-state", detail = "The vacancy is withdrawn.", acceptedAt = DateTime.UtcNow, decidedAt = DateTime.UtcNow }));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        fake.BaseAddress = new Uri(address + "/");
        return fake;
    }

    /// <summary>The next <paramref name="times"/> requests get 503 Problem Details with this Retry-After.</summary>
    public void FailNext(int times, string retryAfter = "0") => (_failuresLeft, _retryAfter) = (times, retryAfter);

    public RecordedRequest[] RequestsTo(string method) => [.. Requests.Where(r => r.Method == method)];

    private async Task RecordAndMaybeFail(HttpContext context, RequestDelegate next)
    {
        var headers = context.Request.Headers;
        Requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path,
            headers[HubHeaders.ApiKey].FirstOrDefault(), headers[HubHeaders.IdempotencyKey].FirstOrDefault(), context.Request.ContentLength,
            headers.Authorization.FirstOrDefault()));
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            context.Response.Headers.RetryAfter = _retryAfter;
            await TypedResults.Problem(statusCode: 503, title: "Temporarily unavailable").ExecuteAsync(context);
            return;
        }
        Interlocked.Exchange(ref _failuresLeft, 0);
        await next(context);
    }

    private static IResult Accept(VacancyBody body, Guid vacancyId) => body.Postcode == InvalidPostcode
        ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["postcode"] = ["The postcode must be a Dutch postcode such as 8925 AB."] })
        : TypedResults.Accepted($"/api/v1/commands/{vacancyId}", new { vacancyId, commandId = vacancyId, status = "pending" });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
