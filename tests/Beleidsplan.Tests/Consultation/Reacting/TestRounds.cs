using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Consultation.Reacting;

/// <summary>A round with an invitee and a personal link, made straight in the database as the rounds pages would.</summary>
public sealed record TestRound(int Id, int PlanId, string Token, int InviteeId, string InviteeName, string InviteeEmail, string? OpenToken)
{
    public const string Plan = "imv-noord-holland-2024-2027";

    public string PersonalUrl => $"/reageren/{Token}";

    public string OpenUrl => $"/reageren/open/{OpenToken}";

    public string WorkspaceUrl => $"/werkruimte/plannen/{Plan}/consultatie/{Id}/reageren";

    public string RegisterUrl => $"/werkruimte/plannen/{Plan}/consultatie/{Id}/registreren";

    public static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToAmsterdam().DateTime);

    /// <summary>A round on version 1 of the plan, open from <paramref name="opensIn"/> days from today until <paramref name="deadlineIn"/>.</summary>
    public static Task<TestRound> CreateAsync(
        AppFactory app, int opensIn = -7, int deadlineIn = 14, bool closed = false, int? previousRound = null, bool openLink = false,
        string? email = null, int versionNumber = 1) => app.WithDbAsync(async db =>
    {
        var plan = await db.Plans.SingleAsync(p => p.Slug == Plan);
        var version = await db.PlanVersions.SingleAsync(v => v.PlanId == plan.Id && v.Number == versionNumber);
        var openToken = openLink ? LinkToken.New() : null;
        var round = new ConsultationRound
        {
            PlanId = plan.Id,
            PlanVersionId = version.Id,
            Title = $"Consultatie {version.Label} {Guid.NewGuid().ToString("N")[..8]}",
            Introduction = "Wij horen graag **uw** reactie op deze versie.",
            OpensOn = Today.AddDays(opensIn),
            Deadline = Today.AddDays(deadlineIn),
            OpenLinkTokenHash = openToken is null ? null : LinkToken.Hash(openToken),
            PreviousRoundId = previousRound,
            CreatedAt = DateTimeOffset.UtcNow,
            ClosedAt = closed ? DateTimeOffset.UtcNow.AddDays(-1) : null,
            ClosedBy = closed ? "Test" : null,
        };
        var token = LinkToken.New();
        var invitee = new ConsultationInvitee
        {
            PlanId = plan.Id,
            Round = round,
            Group = AudienceGroup.Mayors,
            Name = "Burgemeester van Haarlem",
            Email = email ?? $"{Guid.NewGuid():N}@haarlem.example.nl",
            OrganisationName = "Gemeente Haarlem",
            TokenHash = LinkToken.Hash(token),
            InvitedAt = DateTimeOffset.UtcNow,
        };
        db.ConsultationInvitees.Add(invitee);
        await db.SaveChangesAsync();
        return new TestRound(round.Id, plan.Id, token, invitee.Id, invitee.Name, invitee.Email, openToken);
    });

    /// <summary>Another invitee of this round; returns their personal token.</summary>
    public Task<string> AddInviteeAsync(AppFactory app, string name, string? email = null) => app.WithDbAsync(async db =>
    {
        var token = LinkToken.New();
        db.ConsultationInvitees.Add(new ConsultationInvitee
        {
            PlanId = PlanId,
            RoundId = Id,
            Group = AudienceGroup.PoliceLeadership,
            Name = name,
            Email = email ?? $"{Guid.NewGuid():N}@politie.example.nl",
            TokenHash = LinkToken.Hash(token),
            InvitedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        return token;
    });

    public Task<List<Reaction>> ReactionsAsync(AppFactory app) =>
        app.WithDbAsync(db => db.Reactions.AsNoTracking().Include(r => r.Attachment).Where(r => r.RoundId == Id).OrderBy(r => r.Id).ToListAsync());
}
