using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Beleidsplan.Web.Domain.Strength;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Planning;
using Beleidsplan.Web.Reacting;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Sterkte;

/// <summary>A planned strength change as its form posts it; numbers and dates come in as text so a mistyped one gets a Dutch message at its field.</summary>
public class ChangeInput
{
    [Display(Name = "Onderdeel")]
    public string? NodePath { get; set; }

    [Display(Name = "Nieuw onderdeel")]
    [StringLength(FormationNode.NameMaxLength, ErrorMessage = "Een naam is hooguit {1} tekens.")]
    public string? NewPartName { get; set; }

    [Display(Name = "Functie")]
    [StringLength(PlannedStrengthChange.FunctionMaxLength, ErrorMessage = "Een functie is hooguit {1} tekens.")]
    public string? Function { get; set; }

    [Display(Name = "Schaal")]
    public string? PayScale { get; set; }

    [Display(Name = "Categorie")]
    public string? Category { get; set; }

    [Display(Name = "Fte")]
    public string? Fte { get; set; }

    [Display(Name = "Ingangsdatum")]
    public string? EffectiveOn { get; set; }

    [Display(Name = "Voorlopig")]
    public bool Provisional { get; set; }

    [Display(Name = "Reden")]
    [StringLength(PlannedStrengthChange.ReasonMaxLength, ErrorMessage = "Een reden is hooguit {1} tekens.")]
    public string? Reason { get; set; }

    [Display(Name = "Besluit")]
    [StringLength(PlannedStrengthChange.DecisionMaxLength, ErrorMessage = "Een besluit is hooguit {1} tekens.")]
    public string? Decision { get; set; }

    [Display(Name = "Datum besluit")]
    public string? DecidedOn { get; set; }

    public Guid? CreationKey { get; set; }

    public static ChangeInput From(PlannedStrengthChange change) => new()
    {
        NodePath = change.NodePath,
        Function = change.Function,
        PayScale = change.PayScale?.ToString(CultureInfo.InvariantCulture),
        Category = change.Category.ToCode(),
        Fte = DutchNumber.Fte(change.Fte),
        EffectiveOn = change.EffectiveOn is { } on ? MilestoneInput.Iso(on) : null,
        Provisional = change.Provisional,
        Reason = change.Reason,
        Decision = change.Decision,
        DecidedOn = change.DecidedOn is { } d ? MilestoneInput.Iso(d) : null,
    };

    /// <summary>The part's path: the chosen one, or a new part under it.</summary>
    public string Path => string.IsNullOrWhiteSpace(NewPartName) ? (NodePath ?? "").Trim() : $"{NodePath?.Trim()}{FormationTree.PathSeparator}{NewPartName.Trim()}";

    public void Validate(ModelStateDictionary state, IReadOnlyCollection<string> allowedPaths)
    {
        Function = ReactionInput.Clean(Function);
        Reason = ReactionInput.Clean(Reason);
        Decision = ReactionInput.Clean(Decision);
        NewPartName = ReactionInput.Clean(NewPartName)?.Replace(">", "-", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(NodePath))
        {
            state.AddModelError(Key(nameof(NodePath)), "Kies het onderdeel waar de wijziging bij hoort.");
        }
        else if (allowedPaths.Count > 0 && !allowedPaths.Contains(NodePath.Trim()))
        {
            state.AddModelError(Key(nameof(NodePath)), "Kies een onderdeel uit de formatie van het plan.");
        }
        else if (Path.Length > PlannedStrengthChange.PathMaxLength)
        {
            state.AddModelError(Key(nameof(NewPartName)), $"Het pad van het onderdeel is langer dan {PlannedStrengthChange.PathMaxLength} tekens.");
        }

        if (FteColumnText.FromDutch(Category) is not { } category || category == FteColumn.Totaal)
        {
            state.AddModelError(Key(nameof(Category)), "Kies de categorie: aspirant, wijkagent of overig.");
        }

        if (string.IsNullOrWhiteSpace(Fte) || !DutchNumber.TryParse(Fte, out var fte))
        {
            state.AddModelError(Key(nameof(Fte)), "Vul het aantal fte in als getal met een decimale komma, bijvoorbeeld 2,50 (negatief voor een vermindering).");
        }
        else if (PlannedStrengthChange.ValidateFte(fte) is { } problem)
        {
            state.AddModelError(Key(nameof(Fte)), problem);
        }

        if (!string.IsNullOrWhiteSpace(PayScale) && (!int.TryParse(PayScale.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var scale) || scale is < 1 or > 18))
        {
            state.AddModelError(Key(nameof(PayScale)), "Vul een schaal van 1 tot en met 18 in, of laat het veld leeg.");
        }

        CheckDate(state, nameof(EffectiveOn), EffectiveOn, "of laat het veld leeg voor 'in de planperiode'");
        CheckDate(state, nameof(DecidedOn), DecidedOn, "of laat het veld leeg");
        if (string.IsNullOrWhiteSpace(Reason))
        {
            state.AddModelError(Key(nameof(Reason)), "Geef de reden van de wijziging.");
        }

        if (string.IsNullOrWhiteSpace(Decision))
        {
            state.AddModelError(Key(nameof(Decision)), "Noem het besluit waar de wijziging uit volgt.");
        }
    }

    public void ApplyTo(PlannedStrengthChange change)
    {
        change.NodePath = Path;
        change.Function = string.IsNullOrWhiteSpace(Function) ? null : Function.Trim();
        change.PayScale = string.IsNullOrWhiteSpace(PayScale) ? null : int.Parse(PayScale.Trim(), CultureInfo.InvariantCulture);
        change.Category = FteColumnText.FromDutch(Category)!.Value;
        change.Fte = DutchNumber.TryParse(Fte, out var fte) ? fte : 0m;
        change.EffectiveOn = MilestoneInput.ParseDate(EffectiveOn);
        change.Provisional = Provisional;
        change.Reason = Reason!.Trim();
        change.Decision = Decision!.Trim();
        change.DecidedOn = MilestoneInput.ParseDate(DecidedOn);
    }

    private static void CheckDate(ModelStateDictionary state, string field, string? text, string otherwise)
    {
        if (!string.IsNullOrWhiteSpace(text) && MilestoneInput.ParseDate(text) is null)
        {
            state.AddModelError(Key(field), $"Dit is geen geldige datum; schrijf hem als dd-mm-jjjj, {otherwise}.");
        }
    }

    private static string Key(string field) => $"Input.{field}";
}
