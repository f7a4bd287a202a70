using Beleidsplan.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beleidsplan.Web.Data.Configurations;

public class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.HasIndex(o => new { o.PoliceUnitId, o.Name }).IsUnique();
        builder.HasOne(o => o.Municipality).WithMany().HasForeignKey(o => o.MunicipalityId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}

public class GoverningBodyConfiguration : IEntityTypeConfiguration<GoverningBody>
{
    public void Configure(EntityTypeBuilder<GoverningBody> builder)
    {
        builder.Property(b => b.Slug).HasMaxLength(100);
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.Abbreviation).HasMaxLength(20);
        builder.HasIndex(b => new { b.PoliceUnitId, b.Slug }).IsUnique();
        builder.HasMany(b => b.Members).WithOne().HasForeignKey(m => m.GoverningBodyId);
    }
}

public class BodyMemberConfiguration : IEntityTypeConfiguration<BodyMember>
{
    public void Configure(EntityTypeBuilder<BodyMember> builder)
    {
        builder.Property(m => m.PersonName).HasMaxLength(200);
        builder.Property(m => m.Function).HasMaxLength(300);
        builder.HasOne(m => m.Organisation).WithMany().HasForeignKey(m => m.OrganisationId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
