using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Lifecycle;
using Beleidsplan.Web.Domain.Planning;
using Beleidsplan.Web.Exports;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Documenten;

/// <summary>Gathers what the council proposal and the regioburgemeester's letter say about a plan.</summary>
public sealed partial class DocumentFactsQuery(BeleidsplanDbContext db, PlanQueries plans, AccountLinks links, MarkdownRenderer markdown)
{
    public async Task<PlanDocumentFacts> LoadAsync(PlanScope scope, DateOnly date)
    {
        var (plan, version) = await ConsultedContentAsync(scope);
        var board = await db.GoverningBodies.AsNoTracking().Include(b => b.Members)
            .Where(b => b.PoliceUnitId == scope.UnitId && b.Kind == GoverningBodyKind.RegionalBoard)
            .OrderBy(b => b.Position).FirstOrDefaultAsync();
        var chair = board?.Members.Where(m => m.Role == MemberRole.Chair).OrderBy(m => m.Position).FirstOrDefault();
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.PlanId == scope.PlanId)
            .OrderBy(m => m.DueOn).ThenBy(m => m.Id).ToListAsync();
        var adoption = await db.PlanDecisions.AsNoTracking()
            .Where(d => d.PlanId == scope.PlanId && d.Kind == DecisionKind.Adopted).OrderByDescending(d => d.Id).FirstOrDefaultAsync();
        // Only a milestone names the day the themes were fixed (seed 000: the RBOP on 30 March 2023).
        var themes = milestones.FirstOrDefault(m => Mentions(m, "thema"));
        var adoptionMilestone = milestones.FirstOrDefault(m => Mentions(m, "vaststel") && !Mentions(m, "thema"));
        var published = await db.PlanVersions.AnyAsync(v => v.PlanId == scope.PlanId && v.IsPublished);
        return new PlanDocumentFacts(
            plan, version?.Label, version?.Date, board?.Name, chair?.PersonName, chair?.Function,
            adoption?.DecidedOn ?? plan.AdoptedOn ?? adoptionMilestone?.DueOn,
            adoption?.Body ?? plan.AdoptedBy ?? NamedBoard(adoptionMilestone, board),
            themes is null ? null : themes.CompletedOn ?? themes.DueOn,
            NamedBoard(themes, board),
            milestones,
            published ? links.Absolute(Urls.Plan(scope.Slug)) : null,
            date)
        {
            SummaryParagraphs = [.. Blocks().Split(plan.Summary ?? "").Select(markdown.ToPlainText).Where(p => p.Length > 0)],
        };
    }

    /// <summary>
    /// The version the councils are asked about: the draft plan version when the draft went out (by a
    /// decision or a council round), else the latest frozen version; null when there is none.
    /// </summary>
    public static async Task<int?> ConsultedVersionAsync(BeleidsplanDbContext db, int planId) =>
        await db.PlanDecisions.Where(d => d.PlanId == planId && d.Kind == DecisionKind.DraftPlanReleased && d.PlanVersion != null)
            .OrderByDescending(d => d.Id).Select(d => (int?)d.PlanVersion!.Number).FirstOrDefaultAsync()
        ?? await db.CouncilHearings.Where(h => h.PlanId == planId && h.Round != null)
            .OrderByDescending(h => h.RoundId).Select(h => (int?)h.Round!.PlanVersion!.Number).FirstOrDefaultAsync()
        ?? await db.PlanVersions.Where(v => v.PlanId == planId).MaxAsync(v => (int?)v.Number);

    /// <summary>The consulted version's content, or the working copy when the plan has no version yet.</summary>
    private async Task<(Plan Plan, Domain.Versions.PlanVersion? Version)> ConsultedContentAsync(PlanScope scope)
    {
        if (await ConsultedVersionAsync(db, scope.PlanId) is { } number && await plans.LoadVersionAsync(scope.Slug, number) is { } versioned)
        {
            return (versioned.Plan, versioned.Version);
        }

        return (await plans.LoadWorkingCopyAsync(scope.Slug) ?? throw new InvalidOperationException($"Plan {scope.Slug} bestaat niet."), null);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\r?\n\s*\r?\n")]
    private static partial System.Text.RegularExpressions.Regex Blocks();

    private static bool Mentions(Milestone milestone, string word) =>
        milestone.Title.Contains(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The regional board, when the milestone's title names it; never assumed.</summary>
    private static string? NamedBoard(Milestone? milestone, GoverningBody? board) =>
        milestone is null || board is null ? null
        : milestone.Title.Contains(board.Name, StringComparison.OrdinalIgnoreCase)
            || (board.Abbreviation is { Length: > 0 } abbreviation && milestone.Title.Contains(abbreviation, StringComparison.Ordinal))
            ? board.Name : null;
}
