using System.Security.Cryptography;
using System.Text;

namespace Beleidsplan.Web.Domain.Consultation;

/// <summary>
/// The random part of a personal or open reaction link. Only <see cref="Hash"/> is stored, so a copy
/// of the database does not let anyone react as an invitee.
/// </summary>
public static class LinkToken
{
    public static string New() => Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    /// <summary>A token is 64 lowercase hex characters; anything else is refused before a query.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 64 } && token.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
