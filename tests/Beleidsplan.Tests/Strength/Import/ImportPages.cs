using AngleSharp.Dom;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Strength;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Strength.Import;

/// <summary>The import page as a test uses it, and the structured format written from a stored formation.</summary>
internal static class ImportPages
{
    public const string Plan = "imv-noord-holland-2024-2027";
    public const string Url = $"/werkruimte/plannen/{Plan}/sterkte/importeren";

    public static async Task<(HttpResponseMessage Response, IDocument Page)> PreviewAsync(Browser browser, string text, Dictionary<string, string>? fields = null)
    {
        var (_, page) = await browser.GetAsync(Url);
        var values = new Dictionary<string, string>(fields ?? []) { ["Input.Text"] = text };
        return await browser.SubmitAllAsync(page, values, "Controleren");
    }

    /// <summary>Posts the form with a file, as a browser does (multipart), to a handler.</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Page)> UploadAsync(Browser browser, string name, byte[] content, Dictionary<string, string> fields)
    {
        var (_, page) = await browser.GetAsync(Url);
        using var body = new MultipartFormDataContent();
        var values = FormSubmission.Values(page);
        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        foreach (var (key, value) in values)
        {
            body.Add(new StringContent(value), key);
        }

        body.Add(new ByteArrayContent(content), "Bestand", name);
        return await Browser.ReadAsync(await browser.Client.PostAsync(Url + "?handler=Controleren", body));
    }

    public static string? Error(IDocument page, string id) => page.QuerySelector($"#{id}")?.TextContent is { Length: > 0 } text ? text : null;

    public static async Task<(int Formations, int Nodes, int Findings)> CountsAsync(AppFactory app) => await app.WithDbAsync(async db =>
        (await db.Formations.CountAsync(), await db.FormationNodes.CountAsync(), await db.FormationFindings.CountAsync()));

    public static async Task<(Formation Formation, FormationTree Tree)> LoadAsync(AppFactory app, DateOnly date) => await app.WithDbAsync(async db =>
    {
        var formation = await db.Formations.Include(f => f.Nodes).Include(f => f.Findings).AsNoTracking().SingleAsync(f => f.ReferenceDate == date);
        return (formation, new FormationTree(formation.Nodes));
    });
}
