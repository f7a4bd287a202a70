using System.Net;
using AngleSharp.Dom;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Councils;

/// <summary>
/// A fresh plan of unit Noord-Holland (32 municipalities) with one published version, so each test
/// counts its own councils without the demo plan's outcomes or another test's.
/// </summary>
public sealed record CouncilPlan(AppFactory App, string Slug, int PlanId)
{
    public const string Bloemendaal = "GM0377";
    public const string Haarlem = "GM0392";
    public const string Texel = "GM0448";

    public string Overview => $"/werkruimte/plannen/{Slug}/gemeenteraden";

    public string Send => $"{Overview}/versturen";

    public string Public => $"/plannen/{Slug}/gemeenteraden";

    public string Hearing(string cbsCode) => $"{Overview}/{cbsCode}";

    public static Task<CouncilPlan> CreateAsync(AppFactory app, PlanStatus status = PlanStatus.Draft) => app.WithDbAsync(async db =>
    {
        var unit = await db.PoliceUnits.SingleAsync(u => u.Slug == "noord-holland");
        var slug = $"raden-{Guid.NewGuid():N}"[..20];
        var plan = new Plan
        {
            PoliceUnitId = unit.Id,
            Slug = slug,
            Title = "Testplan gemeenteraden",
            ShortName = "Testplan",
            FirstYear = 2024,
            LastYear = 2027,
            Status = status,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        var working = await new PlanQueries(db).LoadWorkingCopyAsync(slug) ?? throw new InvalidOperationException(slug);
        var version = PlanVersion.Freeze(working, 1, "95%-versie", new DateOnly(2023, 8, 15), null, "Test", DateTimeOffset.UtcNow);
        db.PlanVersions.Add(version);
        await VersionPublisher.PublishAsync(db, version);
        return new CouncilPlan(app, slug, plan.Id);
    });

    /// <summary>Sends the draft as a redacteur does, through the form; returns the page after the redirect.</summary>
    public async Task<HttpResponseMessage> SendAsync(Browser redacteur, string sentOn = "2023-08-15", string deadline = "2023-10-15")
    {
        var (_, page) = await redacteur.GetAsync(Send);
        var (response, _) = await redacteur.SubmitAllAsync(page, new Dictionary<string, string>
        {
            ["Input.OpensOn"] = sentOn,
            ["Input.Deadline"] = deadline,
        });
        return response;
    }

    /// <summary>Registers an outcome through the tracker form; the response is the redirect, or the page with messages.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Page)> RegisterAsync(Browser user, string cbsCode, string outcome, string decidedOn,
        string? text = null, IDocument? page = null)
    {
        if (page is null)
        {
            HttpResponseMessage opened;
            (opened, page) = await user.GetAsync(Hearing(cbsCode));
            opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var changes = new Dictionary<string, string> { ["Input.Outcome"] = outcome, ["Input.DecidedOn"] = decidedOn };
        if (text is not null)
        {
            changes["Input.OutcomeText"] = text;
        }

        return await user.SubmitAllAsync(page, changes);
    }

    public Task<int> MunicipalityIdAsync(string cbsCode) =>
        App.WithDbAsync(db => db.Municipalities.Where(m => m.CbsCode == cbsCode).Select(m => m.Id).SingleAsync());
}
