namespace Hub.Gateway.Validation;

/// <summary>
/// Checks a request body before its handler runs: a 400 naming each field at fault, and the handler, so the publish,
/// never runs. Every write endpoint declares its check where it is mapped.
/// </summary>
public static class RequestValidation
{
    public static RouteHandlerBuilder Validates<TRequest>(this RouteHandlerBuilder endpoint, Func<TRequest, Dictionary<string, string[]>> validate) =>
        endpoint.Validates<TRequest>((request, _, _) => validate(request));

    /// <param name="validate">Given today's date, for rules such as "a closing date not in the past".</param>
    public static RouteHandlerBuilder Validates<TRequest>(this RouteHandlerBuilder endpoint, Func<TRequest, DateOnly, Dictionary<string, string[]>> validate) =>
        endpoint.Validates<TRequest>((request, _, today) => validate(request, today));

    /// <param name="validate">Given the call (for the caller's claims) and today's date.</param>
    public static RouteHandlerBuilder Validates<TRequest>(this RouteHandlerBuilder endpoint, Func<TRequest, HttpContext, DateOnly, Dictionary<string, string[]>> validate) =>
        endpoint
            .AddEndpointFilter(async (context, next) =>
            {
                var request = context.Arguments.OfType<TRequest>().Single();
                var today = DateOnly.FromDateTime(context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                var errors = validate(request, context.HttpContext, today);
                return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : await next(context);
            })
            .ProducesValidationProblem();
}
