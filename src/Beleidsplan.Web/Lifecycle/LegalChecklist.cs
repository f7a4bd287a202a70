using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Lifecycle;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Lifecycle;

/// <summary>
/// Politiewet art. 38b and 39 checked against a plan's data, one method per requirement. The content
/// checked is the published version (what the public reads) or, before publication, the working copy.
/// </summary>
public sealed class LegalChecklist(Plan plan, string checkedText, IReadOnlyList<LvaTheme> lva, CouncilCount councils,
    PlanDecision? adoption, int currentYear, Web.Strength.Publication.PublishedStrength? strength = null)
{
    private static string Day(DateOnly d) => d.ToString("d MMMM yyyy", DutchTime.Culture);

    public static async Task<LegalChecklist> LoadAsync(BeleidsplanDbContext db, Plan content, bool published, DateOnly today)
    {
        var lva = await db.LvaThemes.AsNoTracking().Where(t => t.FirstYear <= content.EffectiveLastYear && t.LastYear >= content.FirstYear)
            .OrderBy(t => t.Id).ToListAsync();
        var adoption = (await db.PlanDecisions.AsNoTracking().Where(d => d.PlanId == content.Id && d.Kind == DecisionKind.Adopted)
            .OrderBy(d => d.Id).ToListAsync()).LastOrDefault();
        // The same count that refuses an adoption: once adopted, only the councils heard by that day.
        var councils = await CouncilCount.LoadAsync(db, content.Id, content.PoliceUnitId, adoption?.DecidedOn ?? content.AdoptedOn);
        return new LegalChecklist(content, published ? "de gepubliceerde versie" : "de werkversie (er is nog geen gepubliceerde versie)",
            lva, councils, adoption, today.Year, await Web.Strength.Publication.PublishedStrength.LoadAsync(db, content.Id));
    }

    public IReadOnlyList<ChecklistItem> Items() => [Period(), Lva(), Strength(), CouncilsHeard(), AdoptedByAuthorities(), .. AnnualReports()];

    public ChecklistItem Period()
    {
        const string what = "Het plan beslaat ten hoogste vier jaar (Politiewet art. 39 lid 1: ten minste eens in de vier jaar).";
        var years = plan.EffectiveLastYear - plan.FirstYear + 1;
        return plan.LastYear - plan.FirstYear > 3 ? new("periode", what, CheckStatus.Red, $"De periode {plan.FirstYear}-{plan.LastYear} beslaat {years} jaar.")
            : plan.ExtendedToYear is { } to && years > 4 ? new("periode", what, CheckStatus.Red,
                $"Het plan is verlengd tot en met {to}: de periode {plan.FirstYear}-{to} beslaat nu {years} jaar, langer dan de vier jaar waarin de wet een nieuw plan vraagt.")
            : new("periode", what, CheckStatus.Green, $"De periode {plan.PeriodLabel} beslaat {years} jaar.");
    }

    public ChecklistItem Lva()
    {
        const string what = "Met de landelijke beleidsdoelstellingen (Landelijke Veiligheidsagenda) is rekening gehouden.";
        if (lva.Count == 0)
        {
            return new("lva", what, CheckStatus.Unknown, $"Er zijn geen LVA-thema's vastgelegd voor de periode {plan.PeriodLabel}.");
        }

        var linked = plan.Priorities.SelectMany(p => p.LvaLinks.Select(l => (Theme: l.LvaThemeId, Priority: p))).ToList();
        var links = linked.DistinctBy(l => l.Priority.Id).Select(l => new ChecklistLink(l.Priority.Title, Urls.Priority(plan.Slug, l.Priority.Slug))).ToList();
        var covered = lva.Where(t => linked.Any(l => l.Theme == t.Id)).Select(t => t.Name).ToList();
        var missing = lva.Where(t => linked.All(l => l.Theme != t.Id)).Select(t => t.Name).ToList();
        var checkedIn = $"Gekeken naar de koppelingen van de prioriteiten aan de LVA in {checkedText}.";
        return covered.Count == 0
            ? new("lva", what, CheckStatus.Red, $"Geen prioriteit is gekoppeld aan een LVA-thema. {checkedIn}")
            : missing.Count == 0
            ? new("lva", what, CheckStatus.Green, $"Alle {lva.Count} LVA-thema's zijn gekoppeld aan een prioriteit: {string.Join(", ", covered)}. {checkedIn}", links)
            : new("lva", what, CheckStatus.Unknown,
                $"Gekoppeld: {string.Join(", ", covered)}. Niet gekoppeld: {string.Join(", ", missing)}; ga na of het plan uitlegt hoe daarmee rekening is gehouden. {checkedIn}", links);
    }

    /// <summary>From the data: the formation the plan is based on, its wijkagenten and the norm (no longer the chapter's words).</summary>
    public ChecklistItem Strength()
    {
        const string what = "Het plan bevat de verdeling van de sterkte over de onderdelen van de eenheid, met de wijkagenten (art. 39 lid 1).";
        if (strength is null)
        {
            return new("sterkteverdeling", what, CheckStatus.Red, "Er is geen formatie aan het plan gekoppeld.");
        }

        var total = strength.Tree.TotalOf(strength.Tree.Root);
        var date = Day(strength.Formation.ReferenceDate);
        var norm = strength.Norm.All.ToList();
        var shortfalls = norm.Where(r => r.Status == Domain.Strength.NormStatus.Shortfall).Select(r => $"{r.Name} ({Domain.Strength.DutchNumber.Fte(r.Shortfall!.Value)} fte)").ToList();
        var unknown = norm.Where(r => r.Status == Domain.Strength.NormStatus.Unknown).Select(r => r.Name).ToList();
        var normText = (shortfalls.Count > 0 ? $" Wijkagentnorm: tekort bij {string.Join(", ", shortfalls)}." : "")
            + (unknown.Count > 0 ? $" Wijkagentnorm onbekend bij {string.Join(", ", unknown)}." : "")
            + (shortfalls.Count == 0 && unknown.Count == 0 ? " Elk gebied voldoet aan de wijkagentnorm." : "");
        var basis = $"Het plan is gebaseerd op de formatie per {date} ({Domain.Strength.DutchNumber.Fte(total.Total)} fte)";
        return total.Wijkagent > 0
            ? new("sterkteverdeling", what, CheckStatus.Green, $"{basis}, waarvan {Domain.Strength.DutchNumber.Fte(total.Wijkagent)} fte wijkagent.{normText}",
                [new("Sterkteverdeling", Urls.Strength(plan.Slug))])
            : new("sterkteverdeling", what, CheckStatus.Red, $"{basis}, maar die telt geen wijkagenten.");
    }

    public ChecklistItem CouncilsHeard()
    {
        const string what = "Elke burgemeester heeft vóór de vaststelling zijn gemeenteraad gehoord over het ontwerpplan (art. 38b lid 2).";
        var count = $"{councils.Heard} van de {councils.Total} gemeenteraden";
        if (AdoptedOn is not { } adopted)
        {
            return new("raden-gehoord", what, CheckStatus.Unknown, $"Het plan is nog niet vastgesteld. Tot nu toe zijn {count} gehoord.");
        }

        return councils.AllHeard
            ? new("raden-gehoord", what, CheckStatus.Green, $"Alle {councils.Total} gemeenteraden zijn gehoord vóór de vaststelling op {Day(adopted)}.")
            : new("raden-gehoord", what, CheckStatus.Red, $"{councils.Heard} van de {councils.Total} gemeenteraden zijn gehoord vóór de vaststelling op {Day(adopted)}."
                + (adoption?.Reason is { } reason ? $" Reden om toch vast te stellen: {reason}" : ""));
    }

    public ChecklistItem AdoptedByAuthorities()
    {
        const string what = "De burgemeesters en de hoofdofficier van justitie hebben het plan vastgesteld (art. 39 lid 1).";
        if (AdoptedOn is not { } adopted)
        {
            return new("vastgesteld", what, CheckStatus.Unknown, "Het plan is nog niet vastgesteld.");
        }

        var by = adoption?.Body ?? plan.AdoptedBy ?? "";
        var authorities = by.Contains("Regionaal Bestuurlijk Overleg", StringComparison.OrdinalIgnoreCase)
            || by.Contains("Regionaal Beleidsoverleg", StringComparison.OrdinalIgnoreCase) || by.Contains("RBOP", StringComparison.Ordinal)
            || by.Contains("burgemeester", StringComparison.OrdinalIgnoreCase) && by.Contains("officier", StringComparison.OrdinalIgnoreCase);
        return by.Length == 0 ? new("vastgesteld", what, CheckStatus.Unknown, $"Vastgesteld op {Day(adopted)}; niet vastgelegd is door wie.")
            : authorities ? new("vastgesteld", what, CheckStatus.Green, $"Vastgesteld op {Day(adopted)} door {by}, het overleg van de burgemeesters en de hoofdofficier van justitie.")
            : new("vastgesteld", what, CheckStatus.Red, $"Vastgesteld op {Day(adopted)} door {by}: dat is niet het overleg van de burgemeesters en de hoofdofficier van justitie (RBOP).");
    }

    /// <summary>Annual reports are not stored yet (issue 8): each year past is unknown until they are.</summary>
    public IEnumerable<ChecklistItem> AnnualReports()
    {
        const string what = "Er is een jaarverslag over elk voorbij jaar van de periode (art. 39 lid 1).";
        var past = Enumerable.Range(plan.FirstYear, Math.Max(0, Math.Min(plan.EffectiveLastYear, currentYear - 1) - plan.FirstYear + 1)).ToList();
        if (past.Count == 0)
        {
            yield return new("jaarverslagen", what, CheckStatus.Green, "Nog geen jaar van de periode is voorbij; er is nog geen jaarverslag nodig.");
            yield break;
        }

        foreach (var year in past)
        {
            yield return new($"jaarverslag-{year}", $"Er is een jaarverslag over {year} (art. 39 lid 1).", CheckStatus.Unknown,
                $"Jaarverslagen worden nog niet in Beleidsplan vastgelegd; of er een jaarverslag over {year} is, blijkt daarom niet uit de gegevens.");
        }
    }

    private DateOnly? AdoptedOn => adoption?.DecidedOn ?? plan.AdoptedOn;

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
