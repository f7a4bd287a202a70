using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Audit;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Beleidsplan.Web.Data;

/// <summary>
/// The app's one database: the plans and, through ASP.NET Core Identity's user store, the accounts.
/// Rights are memberships scoped to a unit (and a municipality or organisation), not Identity roles.
/// </summary>
public class BeleidsplanDbContext(DbContextOptions<BeleidsplanDbContext> options) : IdentityUserContext<User>(options)
{
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Mail.OutboxMessage> OutboxMessages => Set<Mail.OutboxMessage>();
    public DbSet<PoliceUnit> PoliceUnits => Set<PoliceUnit>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<BasicTeam> BasicTeams => Set<BasicTeam>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<GoverningBody> GoverningBodies => Set<GoverningBody>();
    public DbSet<BodyMember> BodyMembers => Set<BodyMember>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<Chapter> Chapters => Set<Chapter>();
    public DbSet<Priority> Priorities => Set<Priority>();
    public DbSet<SubTheme> SubThemes => Set<SubTheme>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<PriorityRelation> PriorityRelations => Set<PriorityRelation>();
    public DbSet<LvaTheme> LvaThemes => Set<LvaTheme>();
    public DbSet<PriorityLvaLink> PriorityLvaLinks => Set<PriorityLvaLink>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Uploads.StoredFile> StoredFiles => Set<Uploads.StoredFile>();

    public DbSet<Domain.Versions.PlanVersion> PlanVersions => Set<Domain.Versions.PlanVersion>();
    public DbSet<Domain.Consultation.ConsultationRound> ConsultationRounds => Set<Domain.Consultation.ConsultationRound>();
    public DbSet<Domain.Consultation.ConsultationInvitee> ConsultationInvitees => Set<Domain.Consultation.ConsultationInvitee>();
    public DbSet<Domain.Consultation.Reaction> Reactions => Set<Domain.Consultation.Reaction>();
    public DbSet<Domain.Lifecycle.PlanDecision> PlanDecisions => Set<Domain.Lifecycle.PlanDecision>();
    public DbSet<Domain.Councils.CouncilHearing> CouncilHearings => Set<Domain.Councils.CouncilHearing>();
    public DbSet<Domain.Planning.Milestone> Milestones => Set<Domain.Planning.Milestone>();
    public DbSet<Domain.Planning.MilestoneResponsible> MilestoneResponsibles => Set<Domain.Planning.MilestoneResponsible>();
    public DbSet<Domain.Strength.Formation> Formations => Set<Domain.Strength.Formation>();
    public DbSet<Domain.Strength.FormationNode> FormationNodes => Set<Domain.Strength.FormationNode>();
    public DbSet<Domain.Strength.FormationFinding> FormationFindings => Set<Domain.Strength.FormationFinding>();
    public DbSet<Domain.Strength.PlannedStrengthChange> PlannedStrengthChanges => Set<Domain.Strength.PlannedStrengthChange>();

    /// <summary>Set where the actor is known but not signed in (accepting an invitation, a reset link).</summary>
    public AuditActor? ActingAs { get; set; }

    /// <summary>
    /// Saves the changes and their audit entries in one transaction: both or neither. Raises the
    /// version of edited content, refuses any change to the audit trail, and refreshes the public pages
    /// of the plans that changed.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Het logboek kan niet worden gewijzigd of verwijderd.");
        }

        Domain.Versions.FrozenContent.RefuseChanges(ChangeTracker);

        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version++;
        }

        var changed = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is Plan or IPlanContent and not Domain.Consultation.IConsultationRecord)
            .ToList();
        var originalSlugs = changed.Where(e => e.Entity is Plan && e.State != EntityState.Added)
            .Select(e => (string)e.OriginalValues[nameof(Plan.Slug)]!).ToList();
        var entities = changed.Select(e => e.Entity).ToList();
        var audit = AuditRecorder.Capture(ChangeTracker);
        int result;
        if (audit.IsEmpty)
        {
            result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        else
        {
            await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            // Accepted at once: the audit rows are saved next, and the change must not be saved twice.
            result = await base.SaveChangesAsync(true, cancellationToken);
            var planIds = audit.PlanIds().ToList();
            var units = await Plans.Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.PoliceUnitId, cancellationToken);
            var now = ApplicationServices?.GetService<TimeProvider>()?.GetUtcNow() ?? DateTimeOffset.UtcNow;
            AuditEntries.AddRange(audit.Complete(ActingAs ?? CurrentActor(), now, units));
            await base.SaveChangesAsync(true, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        if (entities.Count > 0)
        {
            var planIds = entities.Select(e => e is Plan plan ? plan.Id : ((IPlanContent)e).PlanId).ToHashSet();
            await EvictPublicPagesAsync(planIds, originalSlugs, cancellationToken);
        }

        return result;
    }

    private AuditActor CurrentActor() =>
        ApplicationServices?.GetService<IHttpContextAccessor>()?.HttpContext is { } http
            ? AuditActor.From(http.User)
            : AuditActor.System;

    private IServiceProvider? ApplicationServices =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Gebruik SaveChangesAsync, zodat de publieke pagina's worden ververst.");

    private async Task EvictPublicPagesAsync(HashSet<int> planIds, List<string> slugs, CancellationToken cancellationToken)
    {
        var cache = ApplicationServices?.GetService<PublicCache>();
        if (cache is null)
        {
            return;
        }

        slugs.AddRange(await Plans.Where(p => planIds.Contains(p.Id)).Select(p => p.Slug).ToListAsync(cancellationToken));
        await cache.EvictAsync(slugs, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder); // Identity's tables, keys and indexes
        builder.ApplyConfigurationsFromAssembly(typeof(BeleidsplanDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the data stays readable in SQL and exports.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
    }
}
