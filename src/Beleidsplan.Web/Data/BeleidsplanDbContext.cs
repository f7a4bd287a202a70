using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Accounts;
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

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changed = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is Plan or IPlanContent)
            .ToList();
        var originalSlugs = changed.Where(e => e.Entity is Plan && e.State != EntityState.Added)
            .Select(e => (string)e.OriginalValues[nameof(Plan.Slug)]!).ToList();
        var entities = changed.Select(e => e.Entity).ToList();
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (entities.Count > 0)
        {
            var planIds = entities.Select(e => e is Plan plan ? plan.Id : ((IPlanContent)e).PlanId).ToHashSet();
            await EvictPublicPagesAsync(planIds, originalSlugs, cancellationToken);
        }

        return result;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Gebruik SaveChangesAsync, zodat de publieke pagina's worden ververst.");

    private async Task EvictPublicPagesAsync(HashSet<int> planIds, List<string> slugs, CancellationToken cancellationToken)
    {
        var cache = this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()
            ?.ApplicationServiceProvider?.GetService<PublicCache>();
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
