using Beleidsplan.Web.Domain;

namespace Beleidsplan.Web.Importing;

/// <summary>The Dutch codes the content format uses for the model's enums.</summary>
public static class Codes
{
    public static readonly IReadOnlyDictionary<string, PlanStatus> PlanStatuses =
        Enum.GetValues<PlanStatus>().ToDictionary(s => s.ToCode());

    public static readonly IReadOnlyDictionary<string, ChapterKind> ChapterKinds = new Dictionary<string, ChapterKind>
    {
        ["tekst"] = ChapterKind.Text,
        ["prioriteiten"] = ChapterKind.Priorities,
        ["bestuur"] = ChapterKind.Governance,
        ["strategische-uitgangspunten"] = ChapterKind.StrategicPrinciples,
        ["trends"] = ChapterKind.Trends,
        ["selectiecriteria"] = ChapterKind.SelectionCriteria,
        ["sterkteverdeling"] = ChapterKind.StrengthDistribution,
        ["bijlage"] = ChapterKind.Appendix,
    };

    public static readonly IReadOnlyDictionary<string, ActivityKind> ActivityKinds =
        Enum.GetValues<ActivityKind>().ToDictionary(k => k.ToCode());

    public static readonly IReadOnlyDictionary<string, OrganisationKind> OrganisationKinds = new Dictionary<string, OrganisationKind>
    {
        ["gemeente"] = OrganisationKind.Municipality,
        ["politie"] = OrganisationKind.Police,
        ["om"] = OrganisationKind.PublicProsecution,
        ["riec"] = OrganisationKind.Riec,
        ["veiligheidsorganisatie"] = OrganisationKind.RegionalSafetyOrganisation,
        ["zorgpartner"] = OrganisationKind.CarePartner,
        ["overig"] = OrganisationKind.Other,
    };

    public static readonly IReadOnlyDictionary<string, GoverningBodyKind> BodyKinds = new Dictionary<string, GoverningBodyKind>
    {
        ["regionaal-bestuurlijk-overleg"] = GoverningBodyKind.RegionalBoard,
        ["stuurgroep"] = GoverningBodyKind.SteeringGroup,
        ["bestuurlijke-commissie"] = GoverningBodyKind.AdministrativeCommittee,
        ["werkgroep"] = GoverningBodyKind.WorkingGroup,
    };

    public static readonly IReadOnlyDictionary<string, MemberRole> MemberRoles = new Dictionary<string, MemberRole>
    {
        ["voorzitter"] = MemberRole.Chair,
        ["lid"] = MemberRole.Member,
        ["secretaris"] = MemberRole.Secretary,
        ["adviseur"] = MemberRole.Adviser,
    };
}
