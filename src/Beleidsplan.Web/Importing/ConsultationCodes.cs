using Beleidsplan.Web.Domain.Consultation;

namespace Beleidsplan.Web.Importing;

/// <summary>The Dutch codes consultatie.yaml uses for the consultation enums.</summary>
public static class ConsultationCodes
{
    public static readonly IReadOnlyDictionary<string, AudienceGroup> Groups = new Dictionary<string, AudienceGroup>
    {
        ["burgemeesters"] = AudienceGroup.Mayors,
        ["hoofdofficier"] = AudienceGroup.ChiefProsecutor,
        ["politieleiding"] = AudienceGroup.PoliceLeadership,
        ["openbare-orde-en-veiligheid"] = AudienceGroup.PublicOrderOfficials,
        ["basisteamdriehoeken"] = AudienceGroup.BasisteamTriangles,
        ["partners"] = AudienceGroup.Partners,
        ["overig"] = AudienceGroup.Other,
    };

    public static readonly IReadOnlyDictionary<string, ReactionKind> Kinds = new Dictionary<string, ReactionKind>
    {
        ["opmerking"] = ReactionKind.Comment,
        ["vraag"] = ReactionKind.Question,
        ["wijzigingsvoorstel"] = ReactionKind.ProposedChange,
        ["instemming"] = ReactionKind.Agreement,
    };

    public static readonly IReadOnlyDictionary<string, ReactionSource> Sources = new Dictionary<string, ReactionSource>
    {
        ["persoonlijke-link"] = ReactionSource.PersonalLink,
        ["open-link"] = ReactionSource.OpenLink,
        ["werkruimte"] = ReactionSource.Workspace,
        ["brief"] = ReactionSource.Letter,
        ["e-mail"] = ReactionSource.Email,
    };

    public static readonly IReadOnlyDictionary<string, HandlingStatus> Statuses = new Dictionary<string, HandlingStatus>
    {
        ["verwerkt"] = HandlingStatus.Processed,
        ["deels-verwerkt"] = HandlingStatus.PartlyProcessed,
        ["niet-verwerkt"] = HandlingStatus.NotProcessed,
        ["beantwoord"] = HandlingStatus.Answered,
        ["kennisgeving"] = HandlingStatus.Noted,
    };
}
