using System.Net;
using AngleSharp.Dom;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Security;

/// <summary>
/// Script a redacteur types into any text field, through the real forms, stays text on every public
/// and workspace page that shows it. Works on the older plan and puts back what it changed.
/// </summary>
[Collection(DemoSite.Name)]
public class XssTests(AppFactory app)
{
    private const string Plan = "imv-noord-holland-2019-2022";
    private const string Script = "<script>alert('xss')</script>";
    private const string Full = Script + " \"><img src=x onerror=alert(1)> [klik](javascript:alert(1)) <a href=\"javascript:alert(1)\">x</a> <iframe src=//evil></iframe>";
    private const string Short = "\"><img src=x onerror=alert(1)>"; // for fields too short for the full set

    private readonly List<string> markers = [];

    [Fact]
    public async Task Payloads_in_every_text_field_are_shown_as_text_and_never_run()
    {
        var original = await app.WithDbAsync(db => db.Plans.AsNoTracking().SingleAsync(p => p.Slug == Plan));
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var workspace = $"/werkruimte/plannen/{Plan}";
        int? priority = null;
        var created = new List<string>();
        int? published = null;
        try
        {
            await SaveAsync(redacteur, $"{workspace}/gegevens");
            created.Add(await SaveAsync(redacteur, $"{workspace}/hoofdstukken/nieuw"));
            created.Add(await SaveAsync(redacteur, $"{workspace}/prioriteiten/nieuw"));
            priority = int.Parse(created[^1].Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
            created.Add(await SaveAsync(redacteur, $"{workspace}/deelthemas/nieuw?prioriteit={priority}"));
            created.Add(await SaveAsync(redacteur, $"{workspace}/doelen/nieuw?prioriteit={priority}"));
            created.Add(await SaveAsync(redacteur, $"{workspace}/activiteiten/nieuw?prioriteit={priority}"));

            published = await TestVersions.PublishWorkingCopyAsync(app, Plan, "<script>alert('versie')</script>");
            var (chapter, prioritySlug, subTheme) = await SlugsAsync(created[0], priority.Value, created[2]);
            string[] publicPages =
            [
                Urls.Plan(Plan), Urls.Chapter(Plan, chapter), Urls.Priority(Plan, prioritySlug), Urls.SubTheme(Plan, prioritySlug, subTheme),
                Urls.Print(Plan), $"{Urls.Search(Plan)}?q={Uri.EscapeDataString(markers[0])}", $"{Urls.Search(Plan)}?q={Uri.EscapeDataString(Full[..150])}",
            ];
            string[] workspacePages = [workspace, $"{workspace}/gegevens", $"{workspace}/geschiedenis", .. created];

            var publicText = await CheckAsync(new Browser(app), publicPages);
            var workspaceText = await CheckAsync(redacteur, workspacePages);

            markers.Where(m => !publicText.Contains(m, StringComparison.Ordinal) && !workspaceText.Contains(m, StringComparison.Ordinal))
                .ShouldBeEmpty("every field's text is shown somewhere");
            markers.Count.ShouldBeGreaterThanOrEqualTo(25); // every text field of the six forms
            publicText.ShouldContain(Script); // shown as the characters typed, not dropped
            publicText.ShouldContain(Short);
        }
        finally
        {
            await RestoreAsync(original, priority, created);
            if (published is { } number)
            {
                await TestVersions.RepublishAsync(app, Plan, number);
            }
        }
    }

    /// <summary>Fills every text field of the form with a payload and a marker; returns the saved item's edit page.</summary>
    private async Task<string> SaveAsync(Browser redacteur, string url)
    {
        var (_, page) = await redacteur.GetAsync(url);
        var fields = FormFields.Of(page);
        foreach (var control in page.QuerySelectorAll("main form input[name^='Input.'], main form textarea[name^='Input.']"))
        {
            if (control.LocalName == "input" && (control.GetAttribute("type") is not (null or "text" or "search") || control.HasAttribute("inputmode")))
            {
                continue; // numbers and years
            }

            var marker = $"XSS{markers.Count + 100}";
            markers.Add(marker);
            var limit = int.TryParse(control.GetAttribute("maxlength"), out var max) ? max : int.MaxValue;
            fields[control.GetAttribute("name")!] = new[] { $"{marker} {Full}", $"{marker} {Short}" }.First(v => v.Length <= limit);
        }

        var response = await redacteur.Client.PostAsync(FormFields.Action(page), new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{url} was not saved ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync()}");
        }

        return response.Headers.Location!.OriginalString.Split('?')[0];
    }

    /// <summary>Asserts nothing live on the pages; returns their text.</summary>
    private static async Task<string> CheckAsync(Browser browser, IEnumerable<string> urls)
    {
        var text = new System.Text.StringBuilder();
        foreach (var url in urls)
        {
            var (response, page) = await browser.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            LiveContent(page).ShouldBeEmpty($"live content on {url}");
            text.AppendLine(page.Body!.TextContent);
            foreach (var value in page.QuerySelectorAll("input, textarea"))
            {
                text.AppendLine(value.GetAttribute("value") ?? value.TextContent); // the edit forms show it as a value
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> LiveContent(IDocument page)
    {
        foreach (var element in page.All)
        {
            var name = element.LocalName;
            if ((name == "script" && element.TextContent.Contains("alert", StringComparison.Ordinal))
                || name is "iframe" or "frame" or "object" or "embed"
                || (name == "img" && element.GetAttribute("src") == "x"))
            {
                yield return element.OuterHtml;
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || attribute.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"<{name} {attribute.Name}=\"{attribute.Value}\">";
                }
            }
        }
    }

    private async Task<(string Chapter, string Priority, string SubTheme)> SlugsAsync(string chapterUrl, int priority, string subThemeUrl) =>
        await app.WithDbAsync(async db =>
        {
            var chapter = int.Parse(chapterUrl.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
            var subTheme = int.Parse(subThemeUrl.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
            return (await db.Chapters.Where(c => c.Id == chapter).Select(c => c.Slug).SingleAsync(),
                await db.Priorities.Where(p => p.Id == priority).Select(p => p.Slug).SingleAsync(),
                await db.SubThemes.Where(s => s.Id == subTheme).Select(s => s.Slug).SingleAsync());
        });

    /// <summary>Through the context, so the public cache of the plan is cleared as after any edit.</summary>
    private async Task RestoreAsync(Web.Domain.Plan original, int? priority, List<string> created) => await app.WithDbAsync(async db =>
    {
        var plan = await db.Plans.SingleAsync(p => p.Id == original.Id);
        (plan.Title, plan.ShortName, plan.LegalBasis, plan.Summary) = (original.Title, original.ShortName, original.LegalBasis, original.Summary);
        if (priority is { } id)
        {
            db.RemoveRange(await db.Goals.Where(g => g.PriorityId == id).ToListAsync());
            db.RemoveRange(await db.Activities.Where(a => a.PriorityId == id).ToListAsync());
            db.RemoveRange(await db.SubThemes.Where(s => s.PriorityId == id).ToListAsync());
            db.RemoveRange(await db.Priorities.Where(p => p.Id == id).ToListAsync());
        }

        if (created.FirstOrDefault(u => u.Contains("/hoofdstukken/", StringComparison.Ordinal)) is { } chapterUrl)
        {
            var chapter = int.Parse(chapterUrl.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
            db.RemoveRange(await db.Chapters.Where(c => c.Id == chapter).ToListAsync());
        }

        return await db.SaveChangesAsync();
    });
}
