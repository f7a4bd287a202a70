using System.Globalization;
using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Uploads;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsplan.Tests.Security;

/// <summary>A visitor of the matrix: anonymous, or signed in with one role in one unit.</summary>
public sealed record Actor(string Name, Role? Role, string? Unit, int UnitId, Browser Browser, string Token)
{
    public const string PlanUnit = "noord-holland";

    /// <summary>What the declared level grants this actor on the plan of <see cref="PlanUnit"/>, per AccessRules.</summary>
    public bool MayUse(Access level) => level switch
    {
        Access.Public => true,
        _ when Role is null => false,
        Access.SignedIn => true,
        _ when AccessRules.IsPlanScoped(level) => Unit == PlanUnit && AccessRules.RolesFor(level).Contains(Role.Value),
        _ => AccessRules.RolesFor(level).Contains(Role.Value),
    };

    public static async Task<List<Actor>> AllAsync(AppFactory app)
    {
        var actors = new List<Actor> { await CreateAsync(app, "anoniem", null, null, null) };
        foreach (var role in Enum.GetValues<Role>())
        {
            actors.Add(await CreateAsync(app, $"{role} noord-holland", role, PlanUnit, role == Web.Domain.Accounts.Role.Gemeente ? "Haarlem" : null));
        }

        actors.Add(await CreateAsync(app, "Redacteur noord-nederland", Web.Domain.Accounts.Role.Redacteur, "noord-nederland", null));
        actors.Add(await CreateAsync(app, "Beheerder noord-nederland", Web.Domain.Accounts.Role.Beheerder, "noord-nederland", null));
        return actors;
    }

    public static async Task<Actor> CreateAsync(AppFactory app, string name, Role? role, string? unit, string? municipality)
    {
        var browser = role is { } r ? await TestUsers.SignedInAsync(app, r, unit!, municipality) : new Browser(app);
        var unitId = unit is null ? 0 : await app.WithDbAsync(db => db.PoliceUnits.Where(u => u.Slug == unit).Select(u => u.Id).SingleAsync());
        return new Actor(name, role, unit, unitId, browser, await TokenAsync(browser));
    }

    /// <summary>An antiforgery token of this actor's session, from the sign-in form every visitor may open.</summary>
    public static async Task<string> TokenAsync(Browser browser)
    {
        var (response, page) = await browser.GetAsync("/inloggen");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The sign-in form has no antiforgery token.");
    }
}

/// <summary>The ids and slugs of one plan that fill route parameters.</summary>
public sealed record PlanItems(string Slug, string ChapterSlug, string PrioritySlug, string SubThemeSlug,
    int Chapter, int Priority, int SubTheme, int Goal, int Activity, int Organisation, string? User, Guid? File, int Round)
{
    /// <summary>An open reaction (with an attachment) in <see cref="Round"/>, and an invitee's personal link token.</summary>
    public (int Reaction, string Token) Consultation { get; init; }

    public int Milestone { get; init; }

    public (string FormationDate, int Change) Strength { get; init; }

    /// <summary>The plan's items; <paramref name="made"/> replaces the goal, sub-theme and activity (a plan may lack them).</summary>
    public static async Task<PlanItems> LoadAsync(AppFactory app, string slug, Throwaways? made = null) => (await app.WithDbAsync(async db =>
    {
        var plan = await db.Plans.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync();
        var chapter = await db.Chapters.Where(c => c.PlanId == plan && c.ParentId == null).OrderBy(c => c.Position).FirstAsync();
        var priority = await db.Priorities.Where(p => p.PlanId == plan).OrderByDescending(p => p.SubThemes.Any()).ThenBy(p => p.Position).FirstAsync();
        var subTheme = await db.SubThemes.Where(s => s.PriorityId == priority.Id).OrderBy(s => s.Position).FirstOrDefaultAsync();
        var activity = made?.Activity ?? await db.Activities.Where(a => a.PlanId == plan).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var goal = made?.Goal ?? await db.Goals.Where(g => g.PlanId == plan).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync();
        var unit = await db.Plans.Where(p => p.Id == plan).Select(p => p.PoliceUnitId).SingleAsync();
        var organisation = await db.Organisations.Where(o => o.PoliceUnitId == unit).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        return new PlanItems(slug, chapter.Slug, priority.Slug, subTheme?.Slug ?? "", chapter.Id, priority.Id,
            made?.SubTheme ?? subTheme?.Id ?? 0, goal, activity, organisation, made?.User, made?.File, Round: 0);
    })) with
    {
        // Made outside the measured requests, the round, reaction and invitee stay like the demo data.
        Round = await MatrixRounds.EnsureAsync(app, slug),
        Consultation = (await MatrixRounds.EnsureReactionAsync(app, slug), await MatrixRounds.EnsureTokenAsync(app, slug)),
        Milestone = await MatrixMilestones.EnsureAsync(app, slug),
        Strength = (await MatrixStrength.EnsureFormationAsync(app, slug), await MatrixStrength.EnsureChangeAsync(app, slug)),
    };

    /// <summary>
    /// Fills a route parameter, by its name and the literal segment before it:
    /// <list type="table">
    /// <item><term>{slug}</term><description>this plan (workspace, public site, open data)</description></item>
    /// <item><term>{chapter}, {priority}, {subTheme}</term><description>the slugs of its first chapter, first priority with sub-themes, and that priority's first sub-theme (public pages)</description></item>
    /// <item><term>hoofdstukken, prioriteiten, deelthemas, doelen, activiteiten/{id}</term><description>an item of that kind</description></item>
    /// <item><term>verwijderen/{kind}/{id}</term><description>doel and the goal's id</description></item>
    /// <item><term>bijlagen/{id}</term><description>a file stored for this plan</description></item>
    /// <item><term>gebruikers/{id}</term><description>a user with roles in both demo units, so a beheerder of either may open them but not deactivate them</description></item>
    /// <item><term>organisaties/{id}</term><description>the first organisation of the plan's unit</description></item>
    /// <item><term>versies/{number}</term><description>version 1, which every demo plan has</description></item>
    /// <item><term>{cbsCode}</term><description>Haarlem, the gemeente actor's own municipality</description></item>
    /// <item><term>{round}</term><description>a consultation round of the plan; {token}: a link token of nobody</description></item>
    /// </list>
    /// Anything else is null: the test then fails and names the route, so a new page is never skipped.
    /// </summary>
    public string? Fill(string name, string? previous) => (name, previous) switch
    {
        ("slug", _) => Slug,
        ("chapter", _) => ChapterSlug,
        ("priority", _) => PrioritySlug,
        ("subTheme", _) => SubThemeSlug,
        ("kind", "verwijderen") => "doel",
        ("kind", "nieuw") => "vaststelling", // a decision kind (besluiten/nieuw/{kind})
        ("id", "hoofdstukken") => Text(Chapter),
        ("id", "prioriteiten") => Text(Priority),
        ("id", "deelthemas") => Text(SubTheme),
        ("id", "doelen" or "verwijderen") => Text(Goal),
        ("id", "activiteiten") => Text(Activity),
        ("id", "planning") => Text(Milestone), // posting its form empty only gives messages
        ("datum", "formaties") => Strength.FormationDate,
        ("id", "wijzigingen") => Text(Strength.Change), // posting its form empty only gives messages
        ("id", "bijlagen") => File?.ToString(),
        ("id", "gebruikers") => User,
        ("id", "organisaties") => Text(Organisation),
        ("number", "versies") => "1", // version 1 exists for every demo plan
        ("round", _) => Text(Round),
        ("reaction", _) => Text(Consultation.Reaction),
        ("cbsCode", _) => "GM0392", // Haarlem, the municipality of the matrix's gemeente user
        ("gemeente", "raadsvoorstel") => "gm0392", // Haarlem: the matrix's gemeente user's own municipality
        ("token", "reageren") => Consultation.Token,
        ("token", _) => MatrixRounds.Token, // an open-link token of nobody: 404 for everyone
        _ => null,
    };

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// A goal, sub-theme and activity made for a test under the plan's first priority: an allowed delete
/// can then never remove demo data others rely on, and a plan without sub-themes still has one.
/// </summary>
public sealed record Throwaways(int Goal, int SubTheme, int Activity, string User, Guid File)
{
    public static async Task<Throwaways> MakeAsync(AppFactory app, string slug) => await app.WithDbAsync(async db =>
    {
        var plan = await db.Plans.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync();
        var priority = await db.Priorities.Where(p => p.PlanId == plan).OrderBy(p => p.Position).FirstAsync();
        var subTheme = new SubTheme { PlanId = plan, PriorityId = priority.Id, Position = 999, Slug = $"wegwerp-{Guid.NewGuid():N}", Title = "Wegwerpdeelthema" };
        var goal = new Goal { PlanId = plan, PriorityId = priority.Id, Position = 999, Text = "Wegwerpdoel van de beveiligingstest" };
        var activity = new Activity { PlanId = plan, PriorityId = priority.Id, Position = 999, Title = "Wegwerpactiviteit" };
        db.AddRange(subTheme, goal, activity);
        var units = await db.PoliceUnits.Select(u => u.Id).ToListAsync();
        var user = new User { UserName = $"{Guid.NewGuid():N}@example.nl", Email = "twee-eenheden@example.nl", DisplayName = "Twee eenheden" };
        user.Memberships.AddRange(units.Select(u => new Membership { Role = Role.Bestuurder, PoliceUnitId = u }));
        db.Users.Add(user);
        await db.SaveChangesAsync();
        var stored = await app.Services.CreateScope().ServiceProvider.GetRequiredService<UploadStore>()
            .SaveAsync(new MemoryStream("Matrix\n"u8.ToArray()), "matrix.txt", user.Id, plan);
        return new Throwaways(goal.Id, subTheme.Id, activity.Id, user.Id, stored.File!.Id);
    });

    public async Task RemoveAsync(AppFactory app)
    {
        await app.WithDbAsync(db => db.Goals.Where(g => g.Id == Goal).ExecuteDeleteAsync());
        await app.WithDbAsync(db => db.Activities.Where(a => a.Id == Activity).ExecuteDeleteAsync());
        await app.WithDbAsync(db => db.SubThemes.Where(s => s.Id == SubTheme).ExecuteDeleteAsync());
        await app.WithDbAsync(db => db.StoredFiles.Where(f => f.Id == File).ExecuteDeleteAsync());
        await app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == User).ExecuteDeleteAsync());
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == User).ExecuteDeleteAsync());
    }
}
