using System.Globalization;
using Hub.Operations.Audit;

namespace Hub.Operations.Endpoints;

/// <summary>Parses query-string filters, collecting a Problem Details error per field that does not parse.</summary>
internal sealed class QueryValidation
{
    private readonly Dictionary<string, string[]> _errors = [];

    public bool IsValid => _errors.Count == 0;

    public IResult Problem() => TypedResults.ValidationProblem(_errors);

    public DateTime? Date(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            return DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }
        _errors[field] = [$"'{field}' must be a date or date-time (ISO 8601), e.g. 2026-11-01 or 2026-11-01T08:00:00Z."];
        return null;
    }

    public string? OneOf(string field, string? value, IReadOnlyCollection<string> allowed)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (allowed.Contains(value))
        {
            return value;
        }
        _errors[field] = [$"'{field}' must be one of: {string.Join(", ", allowed)}."];
        return null;
    }

    public AuditCursor? Cursor(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (AuditCursor.Parse(value) is { } cursor)
        {
            return cursor;
        }
        _errors[field] = [$"'{field}' must be the cursor of a record of the previous page."];
        return null;
    }

    public int Range(string field, int? value, int min, int max, int fallback)
    {
        if (value is null)
        {
            return fallback;
        }
        if (value < min || value > max)
        {
            _errors[field] = [$"'{field}' must be between {min} and {max}."];
        }
        return value.Value;
    }

    public Guid? Id(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (Guid.TryParse(value, out var id))
        {
            return id;
        }
        _errors[field] = [$"'{field}' must be a GUID."];
        return null;
    }
}
