using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Uploads;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsplan.Tests.Security;

/// <summary>
/// An open reaction (carrying an attachment) and an invitee in the plan's first round, so the matrix can
/// fill {reaction} and {token} beside {round}.
/// </summary>
public static class MatrixRounds
{
    /// <summary>Looks like a link token but belongs to nobody: the open-link pages answer 404.</summary>
    public const string Token = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    /// <summary>The plan's first round, as PlanItems fills {round}; made on its first version when the plan has none.</summary>
    public static Task<int> EnsureAsync(AppFactory app, string slug) => app.WithDbAsync(async db =>
    {
        var plan = await db.Plans.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync();
        var existing = await db.ConsultationRounds.Where(r => r.PlanId == plan).OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync();
        return existing ?? await MakeAsync(db, plan);
    });

    /// <summary>A round on the plan's first version, for a plan that has none yet.</summary>
    private static async Task<int> MakeAsync(BeleidsplanDbContext db, int plan)
    {
        var version = await db.PlanVersions.Where(v => v.PlanId == plan).OrderBy(v => v.Number).Select(v => v.Id).FirstAsync();
        var round = new ConsultationRound
        {
            PlanId = plan,
            PlanVersionId = version,
            Title = "Matrixronde",
            OpensOn = new DateOnly(2026, 1, 1),
            Deadline = new DateOnly(2026, 2, 1),
        };
        db.ConsultationRounds.Add(round);
        await db.SaveChangesAsync();
        return round.Id;
    }

    /// <summary>An unhandled reaction with an attachment in that round.</summary>
    public static async Task<int> EnsureReactionAsync(AppFactory app, string slug)
    {
        var round = await EnsureAsync(app, slug);
        return await app.WithDbAsync(async db =>
        {
            var existing = await db.Reactions.Where(r => r.RoundId == round && r.Handling == null && r.AttachmentId != null)
                .OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync();
            if (existing is { } id)
            {
                return id;
            }

            var planId = await db.ConsultationRounds.Where(r => r.Id == round).Select(r => r.PlanId).SingleAsync();
            var stored = await app.Services.CreateScope().ServiceProvider.GetRequiredService<UploadStore>()
                .SaveAsync(new MemoryStream("Bijlage van de matrix\n"u8.ToArray()), "matrix-reactie.txt", "matrix", planId);
            var reaction = new Reaction
            {
                PlanId = planId,
                RoundId = round,
                SubmissionKey = Guid.NewGuid(),
                RespondentName = "Matrix",
                RespondentEmail = Email(slug),
                Kind = ReactionKind.Comment,
                Text = "Reactie van de autorisatiematrix.",
                AttachmentId = stored.File!.Id,
                SubmittedAt = DateTimeOffset.UtcNow,
                ReceivedOn = new DateOnly(2018, 7, 1),
            };
            db.Reactions.Add(reaction);
            await db.SaveChangesAsync();
            return reaction.Id;
        });
    }

    /// <summary>The personal link token of the round's invitee (made when missing); the matrix knows it, the database only its hash.</summary>
    public static async Task<string> EnsureTokenAsync(AppFactory app, string slug)
    {
        var round = await EnsureAsync(app, slug);
        var token = LinkToken.Hash($"matrix-{slug}"); // 64 hex characters: a well-formed, fixed token per plan
        await app.WithDbAsync(async db =>
        {
            var hash = LinkToken.Hash(token);
            if (!await db.ConsultationInvitees.AnyAsync(i => i.TokenHash == hash))
            {
                var planId = await db.ConsultationRounds.Where(r => r.Id == round).Select(r => r.PlanId).SingleAsync();
                db.ConsultationInvitees.Add(new ConsultationInvitee
                {
                    PlanId = planId,
                    RoundId = round,
                    Name = "Matrix",
                    Email = Email(slug),
                    TokenHash = hash,
                    InvitedAt = DateTimeOffset.UtcNow,
                });
                await db.SaveChangesAsync();
            }

            return 0;
        });
        return token;
    }

    private static string Email(string slug) => $"matrix-{slug}@example.nl";
}
