using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Accounts;

namespace Beleidsplan.Tests.Security;

/// <summary>
/// The access design, written down apart from the pages: the matrix proves each page is enforced as it
/// declares, this proves each declaration is what we designed, so weakening a page's level fails here.
/// </summary>
[Collection(DemoSite.Name)]
public class DesignedAccessTests(AppFactory app)
{
    /// <summary>The designed level; null for a workspace address nobody designed yet (the test names it).</summary>
    private static Access? Designed(Probe probe) => probe.Route switch
    {
        _ when !probe.Route.StartsWith("/werkruimte", StringComparison.Ordinal) => Access.Public,
        "/werkruimte" or "/werkruimte/tweestapsverificatie" => Access.SignedIn,
        _ when probe.Route.StartsWith("/werkruimte/gebruikers", StringComparison.Ordinal)
            || probe.Route.StartsWith("/werkruimte/organisaties", StringComparison.Ordinal)
            || probe.Route == "/werkruimte/logboek" => Access.UnitAdministrator,
        "/werkruimte/plannen/{slug}" or "/werkruimte/plannen/{slug}/bijlagen/{id:guid}" => Access.PlanMember,
        "/werkruimte/plannen/{slug}/bijlagen" => probe.IsPost ? Access.PlanEditor : Access.PlanMember,
        "/werkruimte/plannen/{slug}/sterkte/importeren" => Access.PlanEditor,
        "/werkruimte/plannen/{slug}/geschiedenis" => Access.PlanHistory,
        "/werkruimte/plannen/{slug}/versies" or "/werkruimte/plannen/{slug}/versies/{number:int}" or "/werkruimte/plannen/{slug}/versies/vergelijken" => Access.PlanMember,
        "/werkruimte/plannen/{slug}/consultatie" => Access.PlanMember,
        "/werkruimte/plannen/{slug}/wettelijke-toets" => Access.PlanMember,
        "/werkruimte/plannen/{slug}/sterkte/norm" => Access.PlanMember, // the inhabitants import falls to the PlanEditor rule below
        "/werkruimte/plannen/{slug}/planning" => Access.PlanMember, // editing a milestone ({id}) falls to the rule below
        "/werkruimte/plannen/{slug}/consultatie/{round:int}" => probe.IsPost ? Access.PlanEditor : Access.PlanMember,
        "/werkruimte/plannen/{slug}/consultatie/{round:int}/reageren" => Access.PlanMember,
        "/werkruimte/plannen/{slug}/consultatie/{round:int}/registreren" => Access.PlanEditor,
        // Members read the councils; the tracker page itself lets in a redacteur or the municipality's own gemeente users.
        "/werkruimte/plannen/{slug}/gemeenteraden" or "/werkruimte/plannen/{slug}/gemeenteraden.xlsx" or "/werkruimte/plannen/{slug}/gemeenteraden/{cbsCode}"
            or "/werkruimte/plannen/{slug}/gemeenteraden/{cbsCode}/besluit" => Access.PlanMember,
        "/werkruimte/plannen/{slug}/documenten" or "/werkruimte/plannen/{slug}/documenten/raadsvoorstel/{gemeente}" => Access.PlanMember,
        "/werkruimte/plannen/{slug}/documenten/brief-regioburgemeester" => Access.PlanGovernance,
        "/werkruimte/plannen/{slug}/sterkte" => probe.IsPost ? Access.PlanEditor : Access.PlanMember,
        _ when probe.Route.StartsWith("/werkruimte/plannen/{slug}/sterkte/", StringComparison.Ordinal) && probe.Route is not ("/werkruimte/plannen/{slug}/sterkte/wijzigingen/{id}" or "/werkruimte/plannen/{slug}/sterkte/importeren" or "/werkruimte/plannen/{slug}/sterkte/inwoners") => Access.PlanMember,
        // Any other page of a plan changes it: redacteuren only, until someone designs otherwise.
        _ when probe.Route.StartsWith("/werkruimte/plannen/{slug}/", StringComparison.Ordinal) => Access.PlanEditor,
        _ => null,
    };

    [Fact]
    public async Task Every_endpoint_declares_the_level_it_was_designed_with()
    {
        var probes = await EndpointCatalog.ReadAsync(app, (_, _) => "x");

        var wrong = probes.Where(p => Designed(p) != p.Level)
            .Select(p => $"{p.Name}: declares {p.Level?.ToString() ?? "nothing"}, designed {Designed(p)?.ToString() ?? "nothing yet"}");

        wrong.ShouldBeEmpty();
        probes.Count(p => p.Level == Access.PlanEditor).ShouldBeGreaterThan(10);
    }
}
