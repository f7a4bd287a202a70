using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Strength;
using Beleidsplan.Web.Strength;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Sterkte;

/// <summary>Two of the unit's formations compared part by part (or the plan's formation with its projection at the end of the plan period).</summary>
[Access(Access.PlanMember)]
public class CompareModel(BeleidsplanDbContext db) : PageModel
{
    /// <summary>The "tot" value that stands for the projection at the end of the plan period.</summary>
    public const string ProjectionChoice = "projectie";

    public PlanScope Scope => HttpContext.PlanScope();

    public List<FormationSummary> Formations { get; private set; } = [];

    public string? From { get; private set; }

    public string? To { get; private set; }

    public bool ShowAll { get; private set; }

    public string? FromLabel { get; private set; }

    public string? ToLabel { get; private set; }

    public string? Problem { get; private set; }

    public List<ComparedPart>? Parts { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    public async Task OnGetAsync(string? van, string? tot, bool alles = false)
    {
        Formations = await FormationQueries.ListAsync(db, Scope.UnitId);
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == Scope.PlanId).Select(p => new { p.LastYear, p.ExtendedToYear }).SingleAsync();
        PeriodEnd = new DateOnly(plan.ExtendedToYear ?? plan.LastYear, 12, 31);
        (From, To, ShowAll) = (van, tot, alles);
        if (van is null && tot is null)
        {
            // Nothing asked yet: the selects offer the two latest formations (newest first in the list).
            From = Formations.Skip(1).Select(f => FormationQueries.Iso(f.Formation.ReferenceDate)).FirstOrDefault();
            To = Formations.Select(f => FormationQueries.Iso(f.Formation.ReferenceDate)).FirstOrDefault();
            return;
        }

        var from = await LoadAsync(van);
        var to = tot == ProjectionChoice ? await ProjectionAsync() : await LoadAsync(tot);
        if (from is null || to is null)
        {
            Problem = tot == ProjectionChoice && to is null
                ? "Er is geen formatie aan het plan gekoppeld, dus ook geen projectie."
                : "Kies twee formaties van de eenheid.";
            return;
        }

        FromLabel = $"formatie per {FormationQueries.Day(from.Value.Date)}";
        ToLabel = tot == ProjectionChoice ? $"projectie per {FormationQueries.Day(PeriodEnd)}" : $"formatie per {FormationQueries.Day(to.Value.Date)}";
        Parts = FormationComparison.Compare(from.Value.Tree, to.Value.Tree);
    }

    private async Task<(DateOnly Date, FormationTree Tree)?> LoadAsync(string? iso) =>
        FormationQueries.ParseIso(iso) is { } date && await FormationQueries.LoadAsync(db, Scope.UnitId, date) is { } formation
            ? (date, new FormationTree(formation.Nodes)) : null;

    private async Task<(DateOnly Date, FormationTree Tree)?> ProjectionAsync()
    {
        if (await FormationQueries.LoadOfPlanAsync(db, Scope.PlanId) is not { } formation)
        {
            return null;
        }

        var changes = await db.PlannedStrengthChanges.AsNoTracking().Where(c => c.PlanId == Scope.PlanId).ToListAsync();
        return (PeriodEnd, FormationProjection.At(formation.Nodes, changes, PeriodEnd, PeriodEnd).Tree);
    }
}
