using Beleidsplan.Web.Domain.Lifecycle;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Besluiten;

/// <summary>What the form for one kind of decision asks, beside date, body and document.</summary>
public sealed record DecisionForm(string Intro, bool ChoosesVersion, bool VersionRequired, bool NewVersion, bool ReasonRequired, bool ExtendsYear)
{
    public static DecisionForm For(DecisionKind kind) => kind switch
    {
        DecisionKind.ConceptReleased => new("Een conceptversie gaat voor reacties naar de betrokkenen (bijvoorbeeld de 70%-versie).",
            ChoosesVersion: true, VersionRequired: false, NewVersion: false, ReasonRequired: false, ExtendsYear: false),
        DecisionKind.DraftPlanReleased => new("Het ontwerpplan (de 95%-versie) gaat naar de burgemeesters, die hun gemeenteraad horen (Politiewet art. 38b).",
            ChoosesVersion: true, VersionRequired: true, NewVersion: false, ReasonRequired: false, ExtendsYear: false),
        DecisionKind.Adopted => new("Het RBOP stelt één vastgelegde versie vast. Die versie wordt gepubliceerd als vastgesteld plan.",
            ChoosesVersion: true, VersionRequired: true, NewVersion: false, ReasonRequired: false, ExtendsYear: false),
        DecisionKind.EnteredIntoForce => new("Het vastgestelde plan treedt in werking, meestal op 1 januari van het eerste jaar.",
            ChoosesVersion: false, VersionRequired: false, NewVersion: false, ReasonRequired: false, ExtendsYear: false),
        DecisionKind.Adjusted => new("Tijdens de looptijd is een prioriteit toegevoegd, geschrapt of gewijzigd. Pas eerst de werktekst aan; dit besluit legt de werktekst vast als nieuwe versie, vastgesteld op de datum van het besluit, en publiceert die.",
            ChoosesVersion: false, VersionRequired: false, NewVersion: true, ReasonRequired: true, ExtendsYear: false),
        DecisionKind.Extended => new("De looptijd van het plan wordt verlengd tot een nieuw laatste jaar.",
            ChoosesVersion: false, VersionRequired: false, NewVersion: false, ReasonRequired: false, ExtendsYear: true),
        DecisionKind.Closed => new("De looptijd van het plan is voorbij; het plan wordt afgesloten.",
            ChoosesVersion: false, VersionRequired: false, NewVersion: false, ReasonRequired: false, ExtendsYear: false),
    };
}
