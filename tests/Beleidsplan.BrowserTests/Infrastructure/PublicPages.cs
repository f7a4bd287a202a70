using System.Net.Http.Json;
using System.Text.Json;

namespace Beleidsplan.BrowserTests.Infrastructure;

/// <summary>The public page types, resolved to real URLs of the demo IMV 2024-2027 through its open data.</summary>
public static class PublicPages
{
    public const string Imv = "/plannen/imv-noord-holland-2024-2027";

    public static readonly TheoryData<string> Types =
    [
        "home", "cover", "chapter", "governance", "strength-distribution", "strength-tables", "priority", "sub-theme",
        "search", "empty-search", "print", "decisions", "legal-check", "councils", "not-found", "previous-plan", "other-unit-plan", "sign-in", "forgot-password",
    ];

    public static async Task<string> UrlAsync(BrowserSite site, string type) => type switch
    {
        "home" => "/",
        "cover" => Imv,
        "chapter" => await ChapterAsync(site, "tekst"),
        "governance" => await ChapterAsync(site, "bestuur"),
        "strength-distribution" => await ChapterAsync(site, "sterkteverdeling"),
        "strength-tables" => $"{Imv}/sterkteverdeling",
        "priority" => $"{Imv}/prioriteiten/ondermijning",
        "sub-theme" => $"{Imv}/prioriteiten/ondermijning/drugsproductie-en-logistiek",
        "search" => $"{Imv}/zoeken?q=drugs",
        "empty-search" => $"{Imv}/zoeken?q=",
        "print" => $"{Imv}/afdrukken",
        "decisions" => $"{Imv}/besluiten",
        "legal-check" => $"{Imv}/wettelijke-toets",
        "councils" => $"{Imv}/gemeenteraden",
        "not-found" => $"{Imv}/bestaat-niet",
        "previous-plan" => "/plannen/imv-noord-holland-2019-2022",
        "other-unit-plan" => "/plannen/rbp-noord-nederland-2024-2027",
        "sign-in" => "/inloggen",
        "forgot-password" => "/wachtwoord-vergeten",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown page type"),
    };

    private static async Task<string> ChapterAsync(BrowserSite site, string kind)
    {
        using var client = new HttpClient { BaseAddress = site.BaseAddress };
        var plan = await client.GetFromJsonAsync<JsonElement>("/api/v1/plannen/imv-noord-holland-2024-2027");
        var slug = plan.GetProperty("hoofdstukken").EnumerateArray()
            .First(c => c.GetProperty("soort").GetString() == kind).GetProperty("slug").GetString();
        return $"{Imv}/{slug}";
    }
}
