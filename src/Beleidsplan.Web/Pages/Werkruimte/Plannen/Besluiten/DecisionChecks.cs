using System.Globalization;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Lifecycle;
using Beleidsplan.Web.Domain.Versions;
using Beleidsplan.Web.Lifecycle;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Versies;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Besluiten;

/// <summary>The decision form's input checked field by field; each problem is a Dutch message at its field.</summary>
public sealed class DecisionChecks(ModelStateDictionary state, DecisionKind kind, DecisionForm form, Plan plan,
    IReadOnlyList<PlanVersion> versions, CouncilCount councils, PlanDecision? previous)
{
    private static string Key(string field) => $"{nameof(RecordModel.Input)}.{field}";

    /// <summary>The date, the version and the extension year when all is well; null otherwise.</summary>
    public (DateOnly On, PlanVersion? Version, int? Year)? Validate(DecisionInput input)
    {
        if (plan.WhyNot(kind) is { } notNow)
        {
            state.AddModelError(string.Empty, notNow);
        }

        var on = VersionDates.Parse(input.DecidedOn, out var dateProblem);
        if (dateProblem is not null)
        {
            state.AddModelError(Key(nameof(DecisionInput.DecidedOn)), dateProblem);
        }
        else if (previous is not null && on < previous.DecidedOn)
        {
            state.AddModelError(Key(nameof(DecisionInput.DecidedOn)),
                $"Deze datum ligt vóór het vorige besluit ({previous.Kind.ToDutch().ToLowerInvariant()} op {Day(previous.DecidedOn)}).");
        }

        if (string.IsNullOrWhiteSpace(input.Body))
        {
            state.AddModelError(Key(nameof(DecisionInput.Body)), "Vul in wie het besluit nam, bijvoorbeeld het Regionaal Bestuurlijk Overleg Politie.");
        }
        else if (input.Body.Trim().Length > PlanDecision.BodyMaxLength)
        {
            state.AddModelError(Key(nameof(DecisionInput.Body)), $"Dit is te lang: ten hoogste {PlanDecision.BodyMaxLength} tekens.");
        }

        var reasonGiven = !string.IsNullOrWhiteSpace(input.Reason);
        if (input.Reason?.Trim().Length > PlanDecision.ReasonMaxLength)
        {
            state.AddModelError(Key(nameof(DecisionInput.Reason)), $"De reden is te lang: ten hoogste {PlanDecision.ReasonMaxLength.ToString("N0", DutchTime.Culture)} tekens.");
        }
        else if (form.ReasonRequired && !reasonGiven)
        {
            state.AddModelError(Key(nameof(DecisionInput.Reason)), "Geef de reden van de bijstelling: welke prioriteit is toegevoegd, geschrapt of gewijzigd, en waarom.");
        }
        else if (kind == DecisionKind.Adopted && !councils.AllHeard && !reasonGiven)
        {
            state.AddModelError(Key(nameof(DecisionInput.Reason)), councils.Refusal);
        }

        if (input.NewVersionLabel is { } label && label.Length > 0 && PlanVersion.ValidateLabel(label) is { } labelProblem)
        {
            state.AddModelError(Key(nameof(DecisionInput.NewVersionLabel)), labelProblem);
        }

        var version = form.ChoosesVersion ? ChooseVersion(input.VersionNumber, on) : null;
        var year = form.ExtendsYear ? Year(input.ExtendedToYear) : null;
        return state.IsValid && on is { } day ? (day, version, year) : null;
    }

    private PlanVersion? ChooseVersion(int? number, DateOnly? on)
    {
        var version = versions.FirstOrDefault(v => v.Number == number);
        var key = Key(nameof(DecisionInput.VersionNumber));
        if (number is null && form.VersionRequired)
        {
            state.AddModelError(key, versions.Count == 0
                ? "Er is nog geen vastgelegde versie. Leg eerst de werktekst vast als versie."
                : kind == DecisionKind.Adopted ? "Kies de versie die is vastgesteld." : "Kies de versie die als ontwerpplan naar de burgemeesters gaat.");
        }
        else if (number is not null && version is null)
        {
            state.AddModelError(key, "Deze versie bestaat niet. Kies een van de vastgelegde versies.");
        }
        else if (version is not null && on < version.Date && kind == DecisionKind.Adopted)
        {
            state.AddModelError(key, $"Deze versie is van {Day(version.Date)}, na de datum van het besluit; zij kan toen niet zijn vastgesteld.");
        }

        return version;
    }

    private int? Year(string? text)
    {
        var key = Key(nameof(DecisionInput.ExtendedToYear));
        if (!int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > 2100)
        {
            state.AddModelError(key, "Vul het nieuwe laatste jaar in, bijvoorbeeld 2028.");
            return null;
        }

        if (year <= plan.EffectiveLastYear)
        {
            state.AddModelError(key, $"Verlengen kan alleen tot na {plan.EffectiveLastYear}, het huidige laatste jaar.");
        }

        return year;
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", DutchTime.Culture);
}
