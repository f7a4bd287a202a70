using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Strength;
using Beleidsplan.Web.Exports;
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

    /// <summary>The structured rows of a formation as the export writes them: pre-order, an eigen row then a totaal row.</summary>
    public static List<object?[]> Rows(FormationTree tree)
    {
        var rows = new List<object?[]>();
        foreach (var node in tree.Nodes)
        {
            if (!node.Own.IsZero || tree.IsLeaf(node))
            {
                rows.Add([tree.PathOf(node), node.Kind.ToCode(), "eigen", node.Aspirant, node.Wijkagent, node.Overig, node.Own.Total]);
            }

            var total = tree.TotalOf(node);
            rows.Add([tree.PathOf(node), node.Kind.ToCode(), "totaal", total.Aspirant, total.Wijkagent, total.Overig, total.Total]);
        }

        return rows;
    }

    public static byte[] Csv(FormationTree tree)
    {
        var text = new StringBuilder("Pad;Soort;Regel;Aspirant;Wijkagent;Overig;Totaal\n");
        foreach (var row in Rows(tree))
        {
            text.AppendJoin(';', row.Select(v => v is decimal d ? d.ToString("0.00", CultureInfo.GetCultureInfo("nl-NL")) : v)).Append('\n');
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(FormationTree tree, DateOnly date) => XlsxWriter.Write(
        new XlsxWriter.Sheet("Formatie", ["Pad", "Soort", "Regel", "Aspirant", "Wijkagent", "Overig", "Totaal"], Rows(tree)),
        new XlsxWriter.Sheet("Over", ["Gegeven", "Waarde"], [["Peildatum", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], ["Titel", "test"]]));
}
