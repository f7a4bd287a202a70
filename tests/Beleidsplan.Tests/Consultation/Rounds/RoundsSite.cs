using AngleSharp.Dom;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Consultation.Rounds;

/// <summary>The round tests make rounds, invitees and mails: they get their own app and database.</summary>
[CollectionDefinition(Name)]
public class RoundsSite : ICollectionFixture<AppFactory>
{
    public const string Name = "Consultation rounds";
}

/// <summary>What the round tests share: the plans, rounds and versions made directly, and posting one of a page's forms.</summary>
internal static class RoundSteps
{
    public const string Plan = "imv-noord-holland-2024-2027";
    public const string OtherUnitPlan = "rbp-noord-nederland-2024-2027";

    public static string RoundsUrl => $"/werkruimte/plannen/{Plan}/consultatie";

    public static string Round(int id, string plan = Plan) => $"/werkruimte/plannen/{plan}/consultatie/{id}";

    /// <summary>A round on the plan's first (or newest) version, stored directly: for tests about what comes after creating one.</summary>
    public static Task<int> SeedRoundAsync(AppFactory app, string plan = Plan, string title = "Testronde", bool newestVersion = false) => app.WithDbAsync(async db =>
    {
        var planId = await db.Plans.Where(p => p.Slug == plan).Select(p => p.Id).SingleAsync();
        var versions = db.PlanVersions.Where(v => v.PlanId == planId);
        var version = await (newestVersion ? versions.OrderByDescending(v => v.Number) : versions.OrderBy(v => v.Number)).Select(v => v.Id).FirstAsync();
        var round = new ConsultationRound
        {
            PlanId = planId,
            PlanVersionId = version,
            Title = title,
            Introduction = "Lees vooral het hoofdstuk over ondermijning.",
            OpensOn = new DateOnly(2026, 1, 5),
            Deadline = new DateOnly(2026, 12, 31),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.ConsultationRounds.Add(round);
        await db.SaveChangesAsync();
        return round.Id;
    });

    /// <summary>Freezes the working copy as a new (unpublished) version, as the versions page does.</summary>
    public static Task<int> FreezeAsync(AppFactory app, string label) => app.WithDbAsync(async db =>
    {
        var plan = await new PlanQueries(db).LoadWorkingCopyAsync(Plan) ?? throw new InvalidOperationException(Plan);
        var number = await db.PlanVersions.Where(v => v.PlanId == plan.Id).MaxAsync(v => v.Number) + 1;
        var version = PlanVersion.Freeze(plan, number, label, new DateOnly(2026, 3, 1), null, "Test", DateTimeOffset.UtcNow);
        db.PlanVersions.Add(version);
        await db.SaveChangesAsync();
        return version.Id;
    });

    /// <summary>Posts the form <paramref name="selector"/> of the page with every field it has, changed where given.</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Page)> SubmitAsync(
        this Browser browser, IDocument page, string selector, IDictionary<string, string> changes)
    {
        var values = FormSubmission.Values(page, selector);
        foreach (var (name, value) in changes)
        {
            values[name] = value;
        }

        return await browser.PostAsync(page, selector, [.. values.Select(v => (v.Key, v.Value))]);
    }

    /// <summary>Posts the form with only its hidden fields and the fields given (a name may repeat, as checkboxes do).</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Page)> PostAsync(
        this Browser browser, IDocument page, string selector, params (string Name, string Value)[] fields)
    {
        var form = page.QuerySelector(selector) ?? throw new InvalidOperationException($"No form '{selector}' on the page.");
        var values = form.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") is not null)
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Where(h => !fields.Any(f => f.Name == h.Key))
            .Concat(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : new Uri(page.Url).PathAndQuery;
        return await Browser.ReadAsync(await browser.Client.PostAsync(action, new FormUrlEncodedContent(values)));
    }

    public static int RoundIdFrom(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        location.ShouldStartWith(RoundsUrl + "/");
        return int.Parse(location[(RoundsUrl.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Text(this IDocument page) => page.QuerySelector("main")!.TextContent;
}
