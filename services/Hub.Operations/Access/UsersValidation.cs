using Microsoft.Extensions.Options;

namespace Hub.Operations.Access;

/// <summary>Stops the service at start on a user without a hash or with an unknown role.</summary>
internal sealed class UsersValidation : IValidateOptions<ConsoleUsersOptions>
{
    public ValidateOptionsResult Validate(string? name, ConsoleUsersOptions options)
    {
        var failures = options.Users.Select((u, i) =>
                string.IsNullOrWhiteSpace(u.Name) ? $"Hub:Operations:Users:{i}:Name is required"
                : string.IsNullOrWhiteSpace(u.PasswordHash) ? $"Hub:Operations:Users:{i}:PasswordHash is required"
                : !ConsoleRoles.All.Contains(u.Role) ? $"Hub:Operations:Users:{i}:Role must be viewer, operator or admin"
                : null)
            .OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
