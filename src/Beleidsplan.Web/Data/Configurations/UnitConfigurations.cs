using Beleidsplan.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beleidsplan.Web.Data.Configurations;

public class PoliceUnitConfiguration : IEntityTypeConfiguration<PoliceUnit>
{
    public void Configure(EntityTypeBuilder<PoliceUnit> builder)
    {
        builder.Property(u => u.Slug).HasMaxLength(100);
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.HasIndex(u => u.Slug).IsUnique();
        builder.HasMany(u => u.Districts).WithOne().HasForeignKey(d => d.PoliceUnitId);
        builder.HasMany(u => u.Municipalities).WithOne().HasForeignKey(m => m.PoliceUnitId);
        builder.HasMany(u => u.Organisations).WithOne().HasForeignKey(o => o.PoliceUnitId);
        builder.HasMany(u => u.GoverningBodies).WithOne().HasForeignKey(b => b.PoliceUnitId);
    }
}

public class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Abbreviation).HasMaxLength(20);
        builder.HasIndex(d => new { d.PoliceUnitId, d.Name }).IsUnique();
        builder.HasMany(d => d.BasicTeams).WithOne(t => t.District).HasForeignKey(t => t.DistrictId);
    }
}

public class BasicTeamConfiguration : IEntityTypeConfiguration<BasicTeam>
{
    public void Configure(EntityTypeBuilder<BasicTeam> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.HasIndex(t => new { t.DistrictId, t.Name }).IsUnique();
        builder.HasMany(t => t.Municipalities).WithOne(m => m.BasicTeam)
            .HasForeignKey(m => m.BasicTeamId).OnDelete(DeleteBehavior.SetNull);
    }
}

public class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.CbsCode).HasMaxLength(6);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.HasIndex(m => m.CbsCode).IsUnique();
    }
}
