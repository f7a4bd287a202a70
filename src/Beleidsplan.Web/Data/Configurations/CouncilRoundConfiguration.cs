using Beleidsplan.Web.Domain.Consultation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beleidsplan.Web.Data.Configurations;

/// <summary>
/// The councils' part of a consultation round, kept apart from <see cref="ConsultationRoundConfiguration"/>
/// (EF applies both to the same entity): rounds made before it existed are ordinary consultations.
/// </summary>
public class CouncilRoundConfiguration : IEntityTypeConfiguration<ConsultationRound>
{
    public void Configure(EntityTypeBuilder<ConsultationRound> builder) =>
        builder.Property(r => r.Purpose).HasDefaultValue(RoundPurpose.Consultation);
}
