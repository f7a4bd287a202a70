using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Exports;
using Microsoft.AspNetCore.Mvc;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>
/// The register of a round: every reaction with its handling, filterable by part, kind,
/// organisation and handling, counted per handling, and exported as .xlsx as filtered.
/// </summary>
[Access(Access.PlanEditor)]
public class RegisterModel(BeleidsplanDbContext db) : RoundPageModel(db)
{
    public const int ShortTextLength = 160;

    public List<NumberedReaction> All { get; private set; } = [];

    public List<NumberedReaction> Shown { get; private set; } = [];

    public ReactionFilter Filter { get; private set; } = null!;

    /// <summary>The parts that have reactions, in reading order, for the part filter.</summary>
    public List<ReactionPart> PartsWithReactions { get; private set; } = [];

    public List<string> Organisations { get; private set; } = [];

    public int Count(HandlingStatus? status) => All.Count(r => r.Reaction.Handling == status);

    public async Task<IActionResult> OnGetAsync(int round) => await LoadAsync(round) ? Page() : NotFound();

    public async Task<IActionResult> OnGetExportAsync(int round)
    {
        if (!await LoadAsync(round))
        {
            return NotFound();
        }

        var versions = await Db.VersionRefsAsync(Scope.PlanId);
        var report = new ResponseReport(Scope.Title, [new ReportRound(Round, versions[Round.PlanVersionId], Parts, Shown)], versions);
        var sheet = ResponseReportWorkbook.RoundSheet(report, report.Rounds[0], "Register");
        Response.Headers.CacheControl = "private, no-store";
        return File(XlsxWriter.Write(sheet), XlsxWriter.ContentType, $"register-ronde-{Round.Id}-{DateTime.UtcNow:yyyyMMdd}.xlsx");
    }

    /// <summary>The start of a text, cut at a word, for the register's table.</summary>
    public static string Excerpt(string text)
    {
        if (text.Length <= ShortTextLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', ShortTextLength - 1);
        return text[..(cut > 40 ? cut : ShortTextLength)] + " …";
    }

    private async Task<bool> LoadAsync(int round)
    {
        if (!await LoadRoundAsync(round))
        {
            return false;
        }

        All = await NumberedReactionsAsync();
        Organisations = [.. All.Select(r => r.Reaction.OrganisationName).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.CurrentCultureIgnoreCase)];
        PartsWithReactions = [.. All.Select(r => Parts.Find(r.Reaction.Part.Key) ?? r.Reaction.Part).DistinctBy(p => p.Key).OrderBy(Parts.Position)];
        Filter = ReactionFilter.Read(Request.Query, Parts, Organisations);
        Shown = [.. All.Where(r => Filter.Matches(r.Reaction))];
        return true;
    }
}
