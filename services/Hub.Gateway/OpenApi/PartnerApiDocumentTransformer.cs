using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hub.Gateway.OpenApi;

/// <summary>The document's introduction and how a partner authenticates (every operation needs it).</summary>
public sealed class PartnerApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string ApiKeyScheme = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Hub partner API",
            Version = "v1",
            Description = """
                The Hub connects the organisations that work in the Netherlands' focus areas: employers and housing
                corporations publish recovery vacancies, the job agency and schools register job seekers and students and
                answer the proposals the Hub makes, and partners raise and receive early signals about residents, under
                consent or a legal basis.

                **Authentication.** Every call carries your organisation's API key in `X-Api-Key` (or a client certificate
                where your organisation is set up for mutual TLS). Your organisation's role decides which operations you may
                call (403 otherwise), and you only ever see your own data.

                **Commands are asynchronous.** A write answers `202` with a `commandId` and `Location:
                /api/v1/commands/{commandId}`, which says `pending` until the Hub carried the command out, then `applied`
                or `refused` with a reason code (`not-found`, `not-yours`, `wrong-state`, `stale`, `invalid`,
                `not-your-resident`). Send an `Idempotency-Key` with every write so a retry is safe.

                **Residents.** Send a BSN only where a request asks for one; the Hub replaces it with a pseudonym at once and
                never returns it. Responses name residents by your organisation's own pseudonym.

                **Errors** are Problem Details (`application/problem+json`); a 400 names each field at fault in `errors`.
                """,
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.Header,
            Description = "Your organisation's API key, as the Hub's operators issued it.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, document)] = [] }];
        return Task.CompletedTask;
    }
}
