using System.Security.Cryptography;
using System.Text;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Beleidsplan.Web.Accounts;

/// <summary>
/// Identity's authenticator codes, but each accepted code only once (ASVS 2.8.4): Identity accepts a
/// code for two steps either side of now, so a code overheard or replayed within those minutes would
/// otherwise work again. The last accepted code is kept as a hash with its moment.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider clock) : AuthenticatorTokenProvider<User>
{
    private const string Store = "Beleidsplan";
    private const string LastCode = "LaatstGebruikteCode";

    /// <summary>Longer than the five 30-second steps Identity accepts a code in.</summary>
    private static readonly TimeSpan ValidFor = TimeSpan.FromMinutes(3);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<User> manager, User user)
    {
        if (!await base.ValidateAsync(purpose, token, manager, user))
        {
            return false;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{user.Id}:{token}")));
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        if (await manager.GetAuthenticationTokenAsync(user, Store, LastCode) is { } last
            && last.Split('|') is [var usedHash, var usedAt] && usedHash == hash
            && long.TryParse(usedAt, out var at) && now - at < ValidFor.TotalSeconds)
        {
            return false;
        }

        await manager.SetAuthenticationTokenAsync(user, Store, LastCode, $"{hash}|{now}");
        return true;
    }
}
