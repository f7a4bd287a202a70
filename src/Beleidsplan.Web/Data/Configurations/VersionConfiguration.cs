using Beleidsplan.Web.Domain.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beleidsplan.Web.Data.Configurations;

public class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.Property(v => v.Label).HasMaxLength(PlanVersion.LabelMaxLength);
        builder.Property(v => v.Note).HasMaxLength(PlanVersion.NoteMaxLength);
        builder.Property(v => v.FrozenBy).HasMaxLength(300);
        builder.Property(v => v.AdoptedBy).HasMaxLength(300);
        builder.HasOne(v => v.Plan).WithMany().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();

        // At most one published version per plan; the filter reads the same on SQLite and PostgreSQL.
        builder.HasIndex(v => v.PlanId, "IX_PlanVersions_Published").IsUnique().HasFilter("\"IsPublished\"");
        builder.Ignore(v => v.IsAdopted);
        builder.Ignore(v => v.Stage);
    }
}
