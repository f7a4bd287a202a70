using Beleidsplan.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Data;

public class BeleidsplanDbContext(DbContextOptions<BeleidsplanDbContext> options) : DbContext(options)
{
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

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BeleidsplanDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the data stays readable in SQL and exports.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
    }
}
