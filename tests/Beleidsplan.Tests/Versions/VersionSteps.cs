using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Beleidsplan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Versions;

/// <summary>What a redacteur does in these tests, through the pages as a browser would.</summary>
public static class VersionSteps
{
    public const string Plan = "imv-noord-holland-2024-2027";

    public static string VersionList => $"/werkruimte/plannen/{Plan}/versies";

    /// <summary>Freezes the working copy through the form; returns the new version's number.</summary>
    public static async Task<int> FreezeAsync(Browser redacteur, string label, string? note = null)
    {
        var (_, form) = await redacteur.GetAsync($"{VersionList}/nieuw");
        var changes = new Dictionary<string, string> { ["Input.Label"] = label };
        if (note is not null)
        {
            changes["Input.Note"] = note;
        }

        var (response, _) = await redacteur.SubmitAllAsync(form, changes);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        location.ShouldStartWith($"{VersionList}/");
        return int.Parse(location[(VersionList.Length + 1)..location.IndexOf('?', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
    }

    /// <summary>Changes one field of a sub-theme through its editor.</summary>
    public static async Task EditSubThemeAsync(Browser redacteur, int id, string field, string value)
    {
        var (_, form) = await redacteur.GetAsync($"/werkruimte/plannen/{Plan}/deelthemas/{id}");
        var (saved, _) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { [$"Input.{field}"] = value });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    public static async Task<IDocument> PageAsync(Browser browser, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (response, page) = await browser.GetAsync(url);
        response.StatusCode.ShouldBe(expected);
        return page;
    }

    /// <summary>A sub-theme of the plan with the slugs of its public page.</summary>
    public static Task<(int Id, int PriorityId, string PrioritySlug, string Slug)> SubThemeAsync(AppFactory app, int index) =>
        app.WithDbAsync(async db =>
        {
            var s = await db.SubThemes.Where(s => s.Plan!.Slug == Plan).OrderBy(s => s.Id).Skip(index)
                .Select(s => new { s.Id, s.PriorityId, PrioritySlug = s.Priority!.Slug, s.Slug }).FirstAsync();
            return (s.Id, s.PriorityId, s.PrioritySlug, s.Slug);
        });
}
