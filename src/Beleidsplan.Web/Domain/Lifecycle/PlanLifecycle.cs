namespace Beleidsplan.Web.Domain.Lifecycle;

/// <summary>
/// The order the law gives a plan's life (Politiewet art. 38b, 39): concepts may be skipped, but a plan
/// is adopted only after its draft went to the councils, and in force only after adoption.
/// </summary>
public static class PlanLifecycle
{
    /// <summary>Why this decision cannot be taken now, in Dutch; null when it can.</summary>
    public static string? WhyNot(this Plan plan, DecisionKind kind) => (kind, plan.Status) switch
    {
        (DecisionKind.ConceptReleased, PlanStatus.Preparation or PlanStatus.Consultation) => null,
        (DecisionKind.ConceptReleased, _) => $"Een concept gaat alleen in consultatie vóór het ontwerpplan; het plan is nu ‘{plan.Status.ToDutch()}’.",
        (DecisionKind.DraftPlanReleased, PlanStatus.Preparation or PlanStatus.Consultation) => null,
        (DecisionKind.DraftPlanReleased, _) => $"Het ontwerpplan kan niet meer worden vrijgegeven: het plan is al ‘{plan.Status.ToDutch()}’.",
        (DecisionKind.Adopted, PlanStatus.Draft) => null,
        (DecisionKind.Adopted, PlanStatus.Preparation or PlanStatus.Consultation) =>
            "Vaststellen kan pas nadat het ontwerpplan naar de burgemeesters is gegaan om hun gemeenteraad te horen (Politiewet art. 38b). Leg eerst het besluit ‘Ontwerpplan vrijgegeven’ vast.",
        (DecisionKind.Adopted, _) => $"Het plan is al vastgesteld (status ‘{plan.Status.ToDutch()}’). Een wijziging tijdens de looptijd is een bijstelling.",
        (DecisionKind.EnteredIntoForce, PlanStatus.Adopted) => null,
        (DecisionKind.EnteredIntoForce, PlanStatus.Preparation or PlanStatus.Consultation or PlanStatus.Draft) =>
            "Een plan treedt pas in werking nadat het is vastgesteld. Leg eerst de vaststelling vast.",
        (DecisionKind.EnteredIntoForce, _) => $"Het plan is al in werking getreden (status ‘{plan.Status.ToDutch()}’).",
        (DecisionKind.Adjusted, PlanStatus.Adopted or PlanStatus.InForce or PlanStatus.Extended) => null,
        (DecisionKind.Adjusted, PlanStatus.Closed) => "Een afgesloten plan kan niet meer worden bijgesteld.",
        (DecisionKind.Adjusted, _) => "Bijstellen kan alleen tijdens de looptijd, nadat het plan is vastgesteld. Pas vóór de vaststelling gewoon de werkversie aan.",
        (DecisionKind.Extended or DecisionKind.Closed, PlanStatus.InForce or PlanStatus.Extended) => null,
        (DecisionKind.Extended, PlanStatus.Closed) => "Een afgesloten plan kan niet meer worden verlengd.",
        (DecisionKind.Closed, PlanStatus.Closed) => "Het plan is al afgesloten.",
        (DecisionKind.Extended or DecisionKind.Closed, _) => "Verlengen of afsluiten kan pas als het plan van kracht is.",
    };

    /// <summary>The status the plan has after this decision.</summary>
    public static PlanStatus After(this Plan plan, DecisionKind kind) => kind switch
    {
        DecisionKind.ConceptReleased => PlanStatus.Consultation,
        DecisionKind.DraftPlanReleased => PlanStatus.Draft,
        DecisionKind.Adopted => PlanStatus.Adopted,
        DecisionKind.EnteredIntoForce => PlanStatus.InForce,
        DecisionKind.Adjusted => plan.Status,
        DecisionKind.Extended => PlanStatus.Extended,
        DecisionKind.Closed => PlanStatus.Closed,
    };

    /// <summary>Takes the decision: checks the order, moves the plan on and returns the decision to store.</summary>
    public static PlanDecision Decide(this Plan plan, DecisionKind kind, DateOnly on, string body, string recordedBy, DateTimeOffset now,
        string? reason = null, int? versionId = null, int? extendedToYear = null)
    {
        if (plan.WhyNot(kind) is { } problem)
        {
            throw new DomainException(problem);
        }

        if (kind == DecisionKind.Adjusted && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Geef de reden van de bijstelling.");
        }

        var from = plan.Status;
        switch (kind)
        {
            case DecisionKind.Adopted:
                plan.RecordAdoption(on, body.Trim());
                break;
            case DecisionKind.Extended:
                plan.Extend(extendedToYear ?? throw new DomainException("Vul het nieuwe laatste jaar in."));
                break;
            default:
                plan.Status = plan.After(kind);
                break;
        }

        plan.UpdatedAt = now; // every decision changes the plan, so its version guards against a second post
        return new PlanDecision
        {
            PlanId = plan.Id,
            Kind = kind,
            DecidedOn = on,
            Body = body.Trim(),
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            FromStatus = from,
            ToStatus = plan.Status,
            PlanVersionId = versionId,
            ExtendedToYear = kind == DecisionKind.Extended ? extendedToYear : null,
            RecordedBy = recordedBy,
            RecordedAt = now,
        };
    }

    /// <summary>Offering the adopted plan to the Minister (seed 003: before 1 November).</summary>
    public static string? OfferToMinister(this Plan plan, DateOnly on)
    {
        if (plan.AdoptedOn is not { } adopted)
        {
            return "Het plan kan pas aan de minister worden aangeboden nadat het is vastgesteld.";
        }

        if (on < adopted)
        {
            return $"Deze datum ligt vóór de vaststelling ({adopted.ToString("d MMMM yyyy", Publishing.DutchTime.Culture)}).";
        }

        plan.OfferedToMinisterOn = on;
        return null;
    }
}

public static class DecisionKindText
{
    public static string ToDutch(this DecisionKind kind) => kind switch
    {
        DecisionKind.ConceptReleased => "Concept vrijgegeven voor consultatie",
        DecisionKind.DraftPlanReleased => "Ontwerpplan vrijgegeven voor de gemeenteraden",
        DecisionKind.Adopted => "Vastgesteld",
        DecisionKind.EnteredIntoForce => "In werking getreden",
        DecisionKind.Adjusted => "Bijgesteld",
        DecisionKind.Extended => "Verlengd",
        DecisionKind.Closed => "Afgesloten",
    };

    /// <summary>Stable code: the address of the page that records it and the open-data value.</summary>
    public static string ToCode(this DecisionKind kind) => kind switch
    {
        DecisionKind.ConceptReleased => "concept",
        DecisionKind.DraftPlanReleased => "ontwerp",
        DecisionKind.Adopted => "vaststelling",
        DecisionKind.EnteredIntoForce => "inwerkingtreding",
        DecisionKind.Adjusted => "bijstelling",
        DecisionKind.Extended => "verlenging",
        DecisionKind.Closed => "afsluiting",
    };

    public static DecisionKind? FromCode(string? code) =>
        Enum.GetValues<DecisionKind>().Cast<DecisionKind?>().FirstOrDefault(k => k!.Value.ToCode() == code);
}
