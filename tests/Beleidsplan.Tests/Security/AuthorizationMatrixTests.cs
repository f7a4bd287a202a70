using System.Globalization;
using Beleidsplan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Security;

/// <summary>
/// Every page handler and endpoint of the app against anonymous and every role, in the plan's unit
/// and in another unit: allowed or refused exactly as its declared access level says.
/// </summary>
[Collection(DemoSite.Name)]
public class AuthorizationMatrixTests(AppFactory app)
{
    private const string Plan = "imv-noord-holland-2024-2027";
    private const string OtherUnitPlan = "rbp-noord-nederland-2024-2027";

    /// <summary>
    /// What an allowed actor gets where that is not 200, and why (page logic, not authorization).
    /// "{plan}" stands for the plan's workspace address.
    /// </summary>
    private static readonly Dictionary<string, (int Status, string? Location)> AllowedAnswers = new()
    {
        ["GET /inloggen/tweede-stap"] = (302, "/inloggen"), // no password step pending: back to the first step
        ["POST /inloggen/tweede-stap"] = (302, "/inloggen"),
        ["GET /werkruimte/plannen/{slug}/volgorde"] = (302, "{plan}"), // moving is a POST from the dashboard
        ["POST /werkruimte/plannen/{slug}/volgorde"] = (400, null), // the empty body names no direction
        ["GET /fout"] = (500, null), // the error page reports the error status
        ["GET /Errors/NotFound"] = (404, null),
        ["POST /Errors/NotFound"] = (404, null),
        ["GET /niet-gevonden"] = (404, null),
        ["POST /niet-gevonden"] = (404, null),
        ["POST /uitloggen"] = (302, "/"),
        ["POST /werkruimte/gebruikers/{id} (handler RemoveRole)"] = (403, null), // the empty body names no role of this user: a forged post
        ["POST /werkruimte/plannen/{slug}/bijlagen (handler Verwijderen)"] = (404, null), // the empty body names no file
        ["GET /reageren/open/{token}"] = (404, null),
        ["POST /reageren/open/{token}"] = (404, null),
        ["GET /werkruimte/plannen/{slug}/gemeenteraden/{cbsCode}/besluit"] = (404, null), // Haarlem's demo outcome has no document
    };

    /// <summary>
    /// Pages about one item of the plan's unit: the access level lets any beheerder in, and the page's
    /// own scope check refuses a beheerder of another unit.
    /// </summary>
    private static readonly HashSet<string> UnitItemRoutes = ["/werkruimte/organisaties/{id:int}"];

    /// <summary>A council's tracker: the page itself lets in only a redacteur and that municipality's gemeente users.</summary>
    private static readonly HashSet<string> CouncilRoutes =
        ["/werkruimte/plannen/{slug}/gemeenteraden/{cbsCode}", "/werkruimte/plannen/{slug}/gemeenteraden/{cbsCode}/besluit"];

    /// <summary>
    /// Form fields that keep an allowed POST harmless where an empty body would not be: a stale
    /// version makes the delete page ask again (and closing or reopening a round refuse); the actor's own unit without an e-mail address is a
    /// validation error (unit 0 would be a tampered id, refused with 403 like a denial).
    /// </summary>
    private static Dictionary<string, string> HarmlessFields(Probe probe, Actor actor) => probe.Route switch
    {
        "/werkruimte/plannen/{slug}/verwijderen/{kind}/{id:int}" => new() { ["Version"] = "-1" },
        "/werkruimte/plannen/{slug}/consultatie/{round:int}/sluiten" => new() { ["Version"] = "-1" }, // closing or reopening a stale round is refused
        "/werkruimte/gebruikers/uitnodigen" or "/werkruimte/gebruikers/{id}/rol-toevoegen" or "/werkruimte/organisaties/nieuw"
            => new() { ["UnitId"] = actor.UnitId.ToString(CultureInfo.InvariantCulture) },
        _ => [],
    };

    [Fact]
    public async Task Every_endpoint_declares_an_access_level_and_its_route_can_be_filled()
    {
        var made = await Throwaways.MakeAsync(app, Plan);
        var items = await PlanItems.LoadAsync(app, Plan, made);
        var probes = await EndpointCatalog.ReadAsync(app, items.Fill);
        await made.RemoveAsync(app);

        probes.Where(p => p.Level is null).Select(p => p.Name).ShouldBeEmpty("endpoints without [Access(...)]");
        probes.Where(p => p.Url.Contains("{unfilled:", StringComparison.Ordinal)).Select(p => $"{p.Name}: {p.Url}")
            .ShouldBeEmpty("route parameters the matrix cannot fill; add them to PlanItems.Fill");
        probes.Select(p => p.Route).ShouldContain("/werkruimte/plannen/{slug}/doelen/{id}"); // the list is really the app's
        probes.ShouldContain(p => p.Handler == "Preview" && p.IsPost);
    }

    [Fact]
    public async Task Every_handler_answers_every_actor_as_its_access_level_says()
    {
        var made = await Throwaways.MakeAsync(app, Plan);
        try
        {
            var items = await PlanItems.LoadAsync(app, Plan, made);
            var probes = (await EndpointCatalog.ReadAsync(app, items.Fill)).Where(p => p.Level is not null)
                .OrderBy(p => p.Route == "/uitloggen" && p.IsPost) // signing out ends the session the actor reuses
                .ToList();
            var actors = await Actor.AllAsync(app);
            var failures = new List<string>();
            foreach (var actor in actors)
            {
                foreach (var probe in probes)
                {
                    var before = await StateAsync();
                    var response = await SendAsync(actor, probe, probe.Url);
                    if (Verdict(actor, probe, response) is { } failure)
                    {
                        failures.Add(failure);
                    }

                    if (probe.IsPost && !(probe.Route == "/uitloggen") && await StateAsync() != before)
                    {
                        failures.Add($"{actor.Name} {probe.Name}: the database changed");
                    }
                }
            }

            failures.ShouldBeEmpty();
            (probes.Count * actors.Count).ShouldBeGreaterThan(200); // really every endpoint, not a few
        }
        finally
        {
            await made.RemoveAsync(app);
        }
    }

    [Fact]
    public async Task An_id_from_a_plan_of_another_unit_is_refused_on_every_page_that_takes_one()
    {
        var own = await PlanItems.LoadAsync(app, Plan);
        var made = await Throwaways.MakeAsync(app, OtherUnitPlan);
        var foreign = await PlanItems.LoadAsync(app, OtherUnitPlan, made);
        // The own plan in the address (so the access filter lets the redacteur in), the other unit's item ids.
        var probes = (await EndpointCatalog.ReadAsync(app, (name, previous) => name == "slug" ? own.Slug : foreign.Fill(name, previous)))
            .Where(p => p.Route.StartsWith("/werkruimte/plannen/", StringComparison.Ordinal) && p.Route.Contains("{id", StringComparison.Ordinal))
            .ToList();
        var redacteur = await Actor.CreateAsync(app, "Redacteur noord-holland", Web.Domain.Accounts.Role.Redacteur, Actor.PlanUnit, null);
        var failures = new List<string>();

        foreach (var probe in probes)
        {
            var before = await StateAsync();
            var response = await SendAsync(redacteur, probe, probe.Url);
            if ((int)response.StatusCode != 403 || await StateAsync() != before)
            {
                failures.Add($"{probe.Name} with {probe.Url}: {(int)response.StatusCode}");
            }
        }

        await made.RemoveAsync(app);
        probes.Count.ShouldBeGreaterThanOrEqualTo(12); // five editors and delete, each with GET and POSTs
        failures.ShouldBeEmpty();
    }

    private static async Task<HttpResponseMessage> SendAsync(Actor actor, Probe probe, string url)
    {
        var target = probe.Handler is null ? url : $"{url}?handler={probe.Handler}";
        if (!probe.IsPost)
        {
            return await actor.Browser.Client.GetAsync(target);
        }

        var fields = HarmlessFields(probe, actor);
        fields["__RequestVerificationToken"] = actor.Token;
        return await actor.Browser.Client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    private static string? Verdict(Actor actor, Probe probe, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var location = Location(response);
        var got = $"{status}{(location is null ? "" : " → " + location)}";
        if (actor.MayUse(probe.Level!.Value) && (!UnitItemRoutes.Contains(probe.Route) || actor.Unit == Actor.PlanUnit)
            && (!CouncilRoutes.Contains(probe.Route) || actor.Role is Web.Domain.Accounts.Role.Redacteur or Web.Domain.Accounts.Role.Gemeente))
        {
            var (expected, to) = AllowedAnswers.GetValueOrDefault(probe.Name, (200, null));
            to = to?.Replace("{plan}", $"/werkruimte/plannen/{Plan}", StringComparison.Ordinal);
            return status == expected && (to is null || location == to)
                ? null
                : $"{actor.Name} {probe.Name}: allowed ({probe.Level}), expected {expected}{(to is null ? "" : " → " + to)}, got {got}";
        }

        var refused = actor.Role is null
            ? status == 302 && location is not null && (location == "/inloggen" || location.StartsWith("/inloggen?", StringComparison.Ordinal))
            : status == 403;
        return refused ? null : $"{actor.Name} {probe.Name}: must be refused ({probe.Level}), got {got}";
    }

    private static string? Location(HttpResponseMessage response) => response.Headers.Location is not { } l ? null
        : l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString;

    /// <summary>What any change leaves behind: every change is audited in its own transaction.</summary>
    private async Task<string> StateAsync() => await app.WithDbAsync(async db =>
        $"{await db.AuditEntries.CountAsync()}/{await db.Invitations.CountAsync()}/{await db.OutboxMessages.CountAsync()}/{await db.Goals.CountAsync()}");
}
