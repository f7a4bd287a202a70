using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Beleidsplan.Web.Accounts;

/// <summary>
/// Refuses a password that is on the list of common passwords shipped with the app (ASVS 2.1.7),
/// compared without regard to case. The list is read once, on first use.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<User>
{
    private static readonly Lazy<HashSet<string>> Common = new(() => File
        .ReadLines(Path.Combine(AppContext.BaseDirectory, "Accounts", "common-passwords.txt"))
        .ToHashSet(StringComparer.OrdinalIgnoreCase));

    public static bool IsCommon(string password) => Common.Value.Contains(password);

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "Dit wachtwoord staat op een lijst van veelgebruikte wachtwoorden. Kies een ander wachtwoord.",
            })
            : IdentityResult.Success);
}
