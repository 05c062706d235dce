using System.Net;
using Hub.Client;
using Hub.Client.Models;
using Hub.Portal.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Polly.CircuitBreaker;
using Refit;

namespace Hub.Portal.Calls;

/// <summary>
/// What every portal page shares: sending a command to the gateway as the signed-in user and showing what the Hub decided,
/// the gateway's field errors beside the form fields, and the action log.
/// </summary>
public abstract class PortalPage : PageModel
{
    /// <summary>
    /// The form's Idempotency-Key, made when the form is shown: sending the same form twice (a double click, a retry after the
    /// connection dropped) publishes once. A new one after every definite answer, so a corrected form is a new command.
    /// </summary>
    [BindProperty]
    public Guid IdempotencyKey { get; set; }

    /// <summary>A message for the whole form (the Hub unreachable, a conflict), shown above it.</summary>
    public string? FormError { get; protected set; }

    protected PortalLog Log => HttpContext.RequestServices.GetRequiredService<PortalLog>();

    protected Texts.PortalText T => HttpContext.RequestServices.GetRequiredService<Texts.PortalText>();

    protected TApi Api<TApi>() where TApi : class => HttpContext.RequestServices.GetRequiredService<TApi>();

    protected void NewIdempotencyKey() => IdempotencyKey = Guid.NewGuid();

    /// <summary>The key sent for one command of the form: a page with a form per item (a delivery, a proposal) sends each its own.</summary>
    private string KeyFor(string action, string? target)
    {
        if (IdempotencyKey == Guid.Empty)
        {
            IdempotencyKey = Guid.NewGuid();
        }
        return target is null ? $"{IdempotencyKey}:{action}" : $"{IdempotencyKey}:{action}:{target}";
    }

    /// <summary>
    /// Sends a command, records it in the action log, waits briefly for the Hub's decision and shows it; on a refusal by the
    /// gateway shows the form again with its errors (null result: the caller returns <see cref="PageResult"/>).
    /// </summary>
    /// <param name="fieldPrefix">The form model's name, so the gateway's "closingDate" lands on "Form.ClosingDate".</param>
    protected async Task<IActionResult?> SendAsync(string action, string? target, Func<string, Task<Guid>> send, string back, string fieldPrefix = "Form")
    {
        var outcome = await TryAsync(() => send(KeyFor(action, target)), fieldPrefix);
        if (outcome is not { } commandId)
        {
            await Log.RecordAsync(User, action, target, PortalActions.Refused, HttpContext.RequestAborted);
            return null;
        }
        await Log.RecordAsync(User, action, target ?? commandId.ToString(), PortalActions.Accepted, HttpContext.RequestAborted);
        var options = HttpContext.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value;
        try
        {
            await Api<ICommandsApi>().WaitForOutcomeAsync(commandId, options.OutcomeWait, cancellationToken: HttpContext.RequestAborted);
        }
        catch (Exception ex) when (IsUnreachable(ex))
        {
            // Accepted all the same: the command's page asks again.
        }
        return RedirectToPage("/Commands/Details", new { id = commandId, back });
    }

    /// <summary>Runs a gateway call; its Problem Details become form errors. Null when the gateway refused or could not be reached.</summary>
    protected async Task<TResult?> TryAsync<TResult>(Func<Task<TResult>> call, string fieldPrefix = "Form") where TResult : struct
    {
        var result = await TryReadAsync(async () => (TResult?)await call(), fieldPrefix);
        return result;
    }

    /// <summary>Runs a gateway read; a 404 is null with a message, the Hub unreachable is null with a message.</summary>
    protected async Task<TResult?> TryReadAsync<TResult>(Func<Task<TResult?>> call, string fieldPrefix = "Form")
    {
        try
        {
            var result = await call();
            return result;
        }
        catch (ValidationApiException problem) when (problem.Content is { } details)
        {
            NewIdempotencyKey();
            foreach (var (field, messages) in details.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(FieldKey(fieldPrefix, field), T.Gateway(message));
                }
            }
            FormError = details.Errors.Count > 0 ? T["Het formulier bevat fouten. Verbeter de velden die hieronder gemarkeerd zijn."] : T.Gateway(details.Detail ?? details.Title ?? "");
            return default;
        }
        catch (ApiException problem) when (problem.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest)
        {
            NewIdempotencyKey();
            FormError = problem.StatusCode switch
            {
                HttpStatusCode.NotFound => T["Niet gevonden: dit bestaat niet (meer), hoort bij een andere organisatie, of is nog niet verwerkt."],
                HttpStatusCode.Forbidden => T["Uw organisatie mag dit niet."],
                _ => T.Gateway(ProblemDetail(problem)),
            };
            return default;
        }
        catch (Exception ex) when (IsUnreachable(ex))
        {
            // The form keeps its key: sending it again cannot publish twice.
            FormError = T["De Hub is op dit moment niet bereikbaar. Er is niets verloren: probeer het over een minuut opnieuw."];
            return default;
        }
    }

    private static string ProblemDetail(ApiException problem)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(problem.Content ?? "{}");
            return json.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : problem.ReasonPhrase ?? "";
        }
        catch (System.Text.Json.JsonException)
        {
            return problem.ReasonPhrase ?? "";
        }
    }

    private static bool IsUnreachable(Exception ex) =>
        ex is HttpRequestException or BrokenCircuitException or TimeoutException or Polly.Timeout.TimeoutRejectedException
        || (ex is ApiException api && (int)api.StatusCode >= 500);

    /// <summary>"closingDate" → "Form.ClosingDate", "contact.name" → "Form.Contact.Name", "categories[0]" → "Form.Categories".</summary>
    internal static string FieldKey(string prefix, string field)
    {
        var path = string.Join('.', field.Split('.').Select(part => part.Split('[')[0]).Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        return path.Length == 0 ? "" : prefix.Length == 0 ? path : $"{prefix}.{path}";
    }
}
