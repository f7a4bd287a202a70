using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Beleidsplan.Web.Accounts;

/// <summary>
/// Links that go out by e-mail. They are built on the configured public address (App:BaseUrl), never
/// on the request's Host header, which an attacker could choose.
/// </summary>
public sealed class AccountLinks(IConfiguration configuration)
{
    private string BaseUrl => (configuration["App:BaseUrl"] ?? "https://localhost").TrimEnd('/');

    public string PasswordReset(string userId, string token) =>
        $"{BaseUrl}/wachtwoord-herstellen?gebruiker={Uri.EscapeDataString(userId)}&code={EncodeToken(token)}";

    public string Invitation(string token) => $"{BaseUrl}/uitnodiging?code={token}";

    /// <summary>An address of this app (such as a personal reaction link) on the public base address.</summary>
    public string Absolute(string path) => $"{BaseUrl}{path}";

    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? DecodeToken(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
